import { describe, expect, it } from 'vitest';
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { STAGES } from '../../shared/stages';
import { columnKeyboard } from './columnKeyboard';

type Args = Parameters<KeyboardCoordinateGetter>[1];

/** Columns 300 px apart, as laid out on the board; dnd-kit's context reduced to what the getter reads. */
function args(currentX: number, measured = true): Args {
  const rects = new Map(STAGES.map((stage, i) => [stage, { left: 20 + i * 300, width: 280 }]));
  const nodes = new Map(STAGES.map((stage, i) => [stage, { node: { current: { getBoundingClientRect: () => ({ left: 20 + i * 300 }) } } }]));
  return {
    active: 'c1',
    currentCoordinates: { x: currentX, y: 100 },
    context: { active: { data: { current: { stage: 'prospect' } } }, droppableRects: measured ? rects : new Map(), droppableContainers: nodes },
  } as unknown as Args;
}
const key = (code: string) => ({ code, preventDefault() {} }) as KeyboardEvent;

describe('keyboard moves between board columns', () => {
  it('counts each arrow even when the measured position has not caught up', () => {
    const kb = columnKeyboard();
    // Both presses see the card still in its first column (no render in between).
    expect(kb.coordinateGetter(key('ArrowRight'), args(30))).toEqual({ x: 330, y: 100 });
    expect(kb.coordinateGetter(key('ArrowRight'), args(30))).toEqual({ x: 630, y: 100 });
    expect(kb.targetOf('c1')).toBe(STAGES[2]);
    expect(kb.targetOf('other')).toBeNull();
  });

  it('stops at the edges, goes back left, and ignores other keys', () => {
    const kb = columnKeyboard();
    expect(kb.coordinateGetter(key('ArrowLeft'), args(30))).toEqual({ x: 30, y: 100 });
    expect(kb.targetOf('c1')).toBe('prospect');
    for (let i = 0; i < 20; i++) kb.coordinateGetter(key('ArrowRight'), args(30));
    expect(kb.targetOf('c1')).toBe(STAGES[STAGES.length - 1]);
    kb.coordinateGetter(key('ArrowLeft'), args(30));
    expect(kb.targetOf('c1')).toBe(STAGES[STAGES.length - 2]);
    expect(kb.coordinateGetter(key('ArrowDown'), args(30))).toBeUndefined();
  });

  it('measures the columns itself before dnd-kit has, and forgets a drag on reset', () => {
    const kb = columnKeyboard();
    expect(kb.coordinateGetter(key('ArrowRight'), args(30, false))).toEqual({ x: 330, y: 100 });
    kb.reset();
    expect(kb.targetOf('c1')).toBeNull();
  });
});
