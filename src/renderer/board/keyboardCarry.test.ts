import { describe, expect, it } from 'vitest';
import { carryStep, type Carry, type CarryStep } from './keyboardCarry';

const card = { id: 'c1', name: 'Charles Babbage', stage: 'prospect' as const };

/** Applies keys in order, as the card's keydown handler does, and returns every step. */
function press(keys: string[]): CarryStep[] {
  let carry: Carry | null = null;
  return keys.map((key) => {
    const step = carryStep(carry, key, card);
    if (step.kind === 'carry') carry = step.carry;
    else if (step.kind !== 'ignore' && step.kind !== 'hold') carry = null;
    return step;
  });
}

describe('moving a board card by keyboard', () => {
  it('counts every arrow, however fast, and drops where they point', () => {
    const steps = press([' ', 'ArrowRight', 'ArrowRight', ' ']);
    expect(steps.at(-1)).toEqual({ kind: 'drop', id: 'c1', from: 'prospect', to: 'repeat', announce: 'Moved Charles Babbage to Repeat customer.' });
    expect(steps[1]).toMatchObject({ announce: 'Over First purchase.' });
  });

  it('stops at the first and last columns', () => {
    expect(press([' ', 'ArrowLeft', 'Enter']).at(-1)).toMatchObject({ kind: 'drop', to: 'prospect', announce: 'Charles Babbage stays in Prospect.' });
    expect(press([' ', ...Array(20).fill('ArrowRight'), 'Enter']).at(-1)).toMatchObject({ kind: 'drop', to: 'lost' });
  });

  it('Escape or Tab cancels; other keys and arrows before a pick-up are ignored', () => {
    expect(press([' ', 'ArrowRight', 'Escape']).at(-1)).toMatchObject({ kind: 'cancel' });
    expect(press([' ', 'Tab']).at(-1)).toMatchObject({ kind: 'cancel' });
    expect(press(['ArrowRight', 'x'])).toEqual([{ kind: 'ignore' }, { kind: 'ignore' }]);
    expect(press([' ', 'x']).at(-1)).toEqual({ kind: 'ignore' });
  });

  it('Enter opens a card that is not picked up; Up, Down, Home and End keep a carry as it is', () => {
    expect(press(['Enter'])).toEqual([{ kind: 'open', id: 'c1' }]);
    const steps = press([' ', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'Home', 'End', ' ']);
    expect(steps.slice(2, 6)).toEqual(Array(4).fill({ kind: 'hold' }));
    expect(steps.at(-1)).toMatchObject({ kind: 'drop', to: 'first_purchase' });
  });

  it('a key on another card picks that one up instead', () => {
    const other: Carry = { id: 'c2', name: 'Ada', from: 'loyalist', over: 'advocate' };
    expect(carryStep(other, ' ', card)).toMatchObject({ kind: 'carry', carry: { id: 'c1', from: 'prospect', over: 'prospect' } });
  });
});
