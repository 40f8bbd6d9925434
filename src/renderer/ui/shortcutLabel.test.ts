import { describe, expect, it } from 'vitest';
import { shortcutLabel } from './shortcutLabel';

describe('shortcutLabel', () => {
  it('spells modifiers out on Windows and Linux', () => {
    expect(shortcutLabel('Control+B', false)).toBe('Ctrl+B');
    expect(shortcutLabel('Control+Shift+z', false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('Alt+ArrowLeft', false)).toBe('Alt+ArrowLeft');
  });
  it('uses the macOS glyphs, Control read as Command', () => {
    expect(shortcutLabel('Control+B', true)).toBe('⌘B');
    expect(shortcutLabel('Control+Shift+Z', true)).toBe('⌘⇧Z');
  });
});
