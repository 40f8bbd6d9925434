import { useState } from 'react';
import { desktopBridge } from '../../shared/ipc/bridge';
import { acceleratorSchema, timeOfDaySchema, type ReminderSettings } from '../../shared/reminders/settings';
import { useApp } from '../app/AppContext';
import { CommitInput } from '../ui/CommitInput';
import { saveReminderSettings, useReminderSettings, useRemindersStatus, type RemindersStatus } from './reminderSettingsStore';
import { webNotificationPermission } from './webReminders';

/** Settings -> Reminders: notifications for follow-ups when due, quiet hours, tray and shortcut (desktop). */
export function RemindersPanel() {
  const app = useApp();
  const settings = useReminderSettings(app.meta);
  const status = useRemindersStatus();
  const desktop = desktopBridge() !== undefined;
  const [shortcutError, setShortcutError] = useState<string | null>(null);
  // The web permission can be read at any time; asked for only when the user turns reminders on.
  const [, setAsked] = useState(0);

  if (!settings) {
    return (
      <section className="panel" aria-labelledby="reminders-title">
        <h2 id="reminders-title">Reminders</h2>
        <p className="muted">Loading…</p>
      </section>
    );
  }

  const update = (patch: Partial<ReminderSettings>) => void saveReminderSettings(app.meta, { ...settings, ...patch });
  const time = (value: string, apply: (time: string) => void) => {
    if (timeOfDaySchema.safeParse(value).success) apply(value);
  };
  const askPermission = async (next: ReminderSettings) => {
    if (typeof Notification === 'undefined' || Notification.permission !== 'default') return;
    await Notification.requestPermission();
    setAsked((n) => n + 1);
    // Saved again so the scheduler is configured with the answer (and the status says it).
    await saveReminderSettings(app.meta, { ...next });
  };
  const turn = (on: boolean) => {
    const next = { ...settings, enabled: on };
    void saveReminderSettings(app.meta, next);
    // First use in the web build: the browser asks now, in answer to this click, never at load.
    if (on && !desktop) void askPermission(next);
  };

  return (
    <section className="panel" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <label className="check">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => turn(e.target.checked)} /> Remind me of follow-ups when they are due
      </label>
      <p className="hint" aria-live="polite">
        {statusText(settings, status, desktop)}
      </p>
      {!desktop && settings.enabled && webNotificationPermission() === 'default' && (
        <button type="button" onClick={() => void askPermission(settings)}>
          Allow notifications
        </button>
      )}
      <div className="field">
        <label className="field-label" htmlFor="reminder-time">
          Reminder time
        </label>
        <input id="reminder-time" type="time" value={settings.defaultTime} onChange={(e) => time(e.target.value, (defaultTime) => update({ defaultTime }))} />
        <p className="hint">Follow-ups are due on a date: they are reminded of at this time that day.</p>
      </div>
      <label className="check">
        <input type="checkbox" checked={settings.onlyMine} onChange={(e) => update({ onlyMine: e.target.checked })} /> Only follow-ups assigned to me (or to nobody)
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.quietHours.enabled} onChange={(e) => update({ quietHours: { ...settings.quietHours, enabled: e.target.checked } })} /> Quiet hours
      </label>
      <div className="inline-form">
        <input
          type="time"
          aria-label="Quiet hours from"
          value={settings.quietHours.start}
          disabled={!settings.quietHours.enabled}
          onChange={(e) => time(e.target.value, (start) => update({ quietHours: { ...settings.quietHours, start } }))}
        />
        <span aria-hidden="true">to</span>
        <input
          type="time"
          aria-label="Quiet hours until"
          value={settings.quietHours.end}
          disabled={!settings.quietHours.enabled}
          onChange={(e) => time(e.target.value, (end) => update({ quietHours: { ...settings.quietHours, end } }))}
        />
      </div>
      <p className="hint">Reminders falling in quiet hours wait until they end; several come as one.</p>
      {desktop && (
        <>
          <label className="check">
            <input type="checkbox" checked={settings.tray} onChange={(e) => update({ tray: e.target.checked })} /> Show Rapport in the tray (Quick note…, Today)
          </label>
          <label className="check">
            <input type="checkbox" checked={settings.shortcut.enabled} onChange={(e) => update({ shortcut: { ...settings.shortcut, enabled: e.target.checked } })} /> Quick-capture shortcut, anywhere
          </label>
          <CommitInput
            label="Shortcut"
            value={settings.shortcut.accelerator}
            maxLength={64}
            invalid={shortcutError !== null}
            onCommit={() => undefined}
            onDone={(value) => {
              const parsed = acceleratorSchema.safeParse(value.trim());
              setShortcutError(parsed.success ? null : 'Use modifiers and a key, for example CommandOrControl+Alt+R.');
              if (parsed.success) update({ shortcut: { ...settings.shortcut, accelerator: parsed.data } });
            }}
          />
          {shortcutError && <p className="hint error-text">{shortcutError}</p>}
          <p className="hint" aria-live="polite">
            {desktopExtrasText(settings, status)}
          </p>
        </>
      )}
    </section>
  );
}

function statusText(settings: ReminderSettings, status: RemindersStatus | null, desktop: boolean): string {
  if (!desktop) {
    const permission = status && 'web' in status ? status.permission : webNotificationPermission();
    if (permission === 'unsupported') return 'This browser cannot show notifications, so reminders cannot be shown here.';
    if (permission === 'denied') return "Notifications are blocked for this site. Allow them in the browser's site settings to get reminders.";
    if (!settings.enabled) return 'Off. The browser asks for permission when you turn reminders on.';
    if (permission === 'default') return 'The browser has not been allowed to show notifications yet.';
    return 'On: reminders are shown while Rapport is open in a tab of this browser. Click one to open the customer.';
  }
  if (!settings.enabled) return 'Off.';
  if (!status || 'web' in status) return 'On.';
  if (!status.notifications) return 'This system does not support notifications, so reminders cannot be shown.';
  return status.actions
    ? 'On: a reminder opens the customer when clicked, and offers Snooze and Done.'
    : 'On: a reminder opens the customer when clicked. This system shows no buttons on notifications, so Snooze and Done are not offered.';
}

function desktopExtrasText(settings: ReminderSettings, status: RemindersStatus | null): string {
  if (!status || 'web' in status) return '';
  const parts: string[] = [];
  if (settings.tray && status.tray === 'failed') parts.push('The tray icon could not be shown on this system.');
  if (status.shortcut.state === 'registered') parts.push(`${status.shortcut.accelerator} opens quick note from anywhere.`);
  if (status.shortcut.state === 'refused') parts.push(`${status.shortcut.accelerator} could not be registered: ${status.shortcut.message ?? 'refused by the system'}. Try another combination.`);
  return parts.join(' ');
}
