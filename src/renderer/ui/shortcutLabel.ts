/**
 * Shows an aria-keyshortcuts value ("Control+Shift+Z") the way this platform's
 * users read it: "Ctrl+Shift+Z" on Windows and Linux, "⌘⇧Z" on macOS, where
 * Rapport's editor maps Control to Command as Lexical does.
 */
export function shortcutLabel(keys: string, mac = isMac()): string {
  const parts = keys.split('+');
  if (mac) {
    const glyph: Record<string, string> = { Control: '⌘', Meta: '⌘', Shift: '⇧', Alt: '⌥' };
    return parts.map((part) => glyph[part] ?? part.toUpperCase()).join('');
  }
  const word: Record<string, string> = { Control: 'Ctrl', Meta: 'Win' };
  return parts.map((part) => word[part] ?? (part.length === 1 ? part.toUpperCase() : part)).join('+');
}

function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
