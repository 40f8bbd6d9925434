import { MEMBER_COLORS } from '../../shared/model/members';

const COLOR_NAMES: Record<(typeof MEMBER_COLORS)[number], string> = {
  '#1d4ed8': 'Blue',
  '#be185d': 'Pink',
  '#047857': 'Green',
  '#b45309': 'Amber',
  '#6d28d9': 'Violet',
  '#0e7490': 'Teal',
};

/** The colour teammates see on your avatar and cursor: a radio group of swatches, named for screen readers. */
export function ColorChoice({ value, onChange, name = 'member-colour' }: { value: string; onChange: (color: string) => void; name?: string }) {
  return (
    <fieldset className="color-choice" role="radiogroup" aria-label="Your colour">
      <legend className="field-label">Your colour</legend>
      {MEMBER_COLORS.map((color) => (
        <label key={color} className="color-swatch" style={{ ['--swatch' as string]: color }} title={COLOR_NAMES[color]}>
          <input type="radio" name={name} value={color} checked={value.toLowerCase() === color} onChange={() => onChange(color)} aria-label={COLOR_NAMES[color]} />
        </label>
      ))}
    </fieldset>
  );
}
