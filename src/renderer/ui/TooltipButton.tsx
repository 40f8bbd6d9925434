import { useId, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { shortcutLabel } from './shortcutLabel';

interface TooltipButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children'> {
  /** The button's accessible name, also the tooltip's first words. */
  label: string;
  /** aria-keyshortcuts form ("Control+B"); the tooltip shows it in this platform's words. */
  shortcut?: string;
  /** What to type instead (a markdown shortcut, "# Space"), shown when there is no key. */
  typed?: string;
  icon: ReactNode;
}

/**
 * An icon-only button with a tooltip that names it and its shortcut, shown on
 * hover and on keyboard focus (a title attribute shows on hover only, late,
 * and never to keyboard users). The tooltip describes the button for screen
 * readers too (aria-describedby), so the shortcut is announced.
 */
export function TooltipButton({ label, shortcut, typed, icon, className, ...rest }: TooltipButtonProps) {
  const tip = useId();
  return (
    <span className="tooltip-anchor">
      <button type="button" {...rest} className={['icon-button', className].filter(Boolean).join(' ')} aria-label={label} aria-keyshortcuts={shortcut} aria-describedby={tip}>
        {icon}
      </button>
      <span role="tooltip" id={tip} className="tooltip">
        {label}
        {shortcut ? <kbd>{shortcutLabel(shortcut)}</kbd> : typed && <kbd>{typed}</kbd>}
      </span>
    </span>
  );
}
