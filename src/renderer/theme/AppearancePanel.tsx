import { useEffect, useState } from 'react';
import { onThemeChange, readTheme, saveTheme, THEMES, type Theme } from './themePreference';

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Settings -> Appearance: how this device shows Rapport (not shared with the team). */
export function AppearancePanel() {
  const [theme, setTheme] = useState<Theme>(() => readTheme());
  useEffect(() => onThemeChange(setTheme), []);
  return (
    <section className="panel" aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <fieldset className="segmented" role="radiogroup" aria-label="Theme">
        <legend className="field-label">Theme</legend>
        {THEMES.map((option) => (
          <label key={option} className="segmented-option">
            <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => saveTheme(option)} />
            {LABELS[option]}
          </label>
        ))}
      </fieldset>
      <p className="hint">System follows this computer&rsquo;s light or dark setting. Applies to this device only.</p>
    </section>
  );
}
