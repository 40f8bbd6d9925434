import { afterEach, describe, expect, it } from 'vitest';
import { anchorEmptySelection } from './anchorEmptySelection';

afterEach(() => {
  document.body.replaceChildren();
  document.getSelection()?.removeAllRanges();
});

describe('anchorEmptySelection', () => {
  it('gives a selection with no range a collapsed one in the body, moving no focus', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    expect(selection.rangeCount).toBe(0);
    anchorEmptySelection();
    expect(selection.rangeCount).toBe(1);
    expect(selection.isCollapsed).toBe(true);
    expect(selection.anchorNode).toBe(document.body);
    expect(selection.toString()).toBe('');
    expect(document.activeElement).toBe(input);
  });

  it('leaves a selection the user made alone', () => {
    const p = document.createElement('p');
    p.textContent = 'chosen words';
    document.body.append(p);
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(p.firstChild!, 0, p.firstChild!, 6);
    anchorEmptySelection();
    expect(selection.toString()).toBe('chosen');
  });
});
