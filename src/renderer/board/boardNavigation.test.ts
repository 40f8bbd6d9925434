import { describe, expect, it } from 'vitest';
import { navigate, type NavColumn } from './boardNavigation';

const columns: NavColumn[] = [
  { stage: 'prospect', cardIds: ['a', 'b', 'c'] },
  { stage: 'first_purchase', cardIds: ['d', 'g'] },
  { stage: 'repeat', cardIds: [] },
  { stage: 'lost', cardIds: ['e', 'f'] },
];

describe('moving the focus around the board', () => {
  it('goes up and down a column and stops at its ends; Home and End jump to them', () => {
    expect(navigate(columns, { stage: 'prospect', cardId: 'b' }, 'ArrowDown')).toEqual({ kind: 'card', stage: 'prospect', id: 'c' });
    expect(navigate(columns, { stage: 'prospect', cardId: 'b' }, 'ArrowUp')).toEqual({ kind: 'card', stage: 'prospect', id: 'a' });
    expect(navigate(columns, { stage: 'prospect', cardId: 'c' }, 'ArrowDown')).toBeNull();
    expect(navigate(columns, { stage: 'prospect', cardId: 'a' }, 'ArrowUp')).toBeNull();
    expect(navigate(columns, { stage: 'prospect', cardId: 'c' }, 'Home')).toEqual({ kind: 'card', stage: 'prospect', id: 'a' });
    expect(navigate(columns, { stage: 'prospect', cardId: 'a' }, 'End')).toEqual({ kind: 'card', stage: 'prospect', id: 'c' });
  });

  it('goes sideways to the same position, or the last card of a shorter column', () => {
    expect(navigate(columns, { stage: 'prospect', cardId: 'b' }, 'ArrowRight')).toEqual({ kind: 'card', stage: 'first_purchase', id: 'g' });
    expect(navigate(columns, { stage: 'prospect', cardId: 'c' }, 'ArrowRight')).toEqual({ kind: 'card', stage: 'first_purchase', id: 'g' });
    expect(navigate(columns, { stage: 'first_purchase', cardId: 'g' }, 'ArrowLeft')).toEqual({ kind: 'card', stage: 'prospect', id: 'b' });
  });

  it('lands on an empty column itself, and goes on from there', () => {
    expect(navigate(columns, { stage: 'first_purchase', cardId: 'd' }, 'ArrowRight')).toEqual({ kind: 'column', stage: 'repeat' });
    expect(navigate(columns, { stage: 'repeat', cardId: null }, 'ArrowLeft')).toEqual({ kind: 'card', stage: 'first_purchase', id: 'd' });
    expect(navigate(columns, { stage: 'repeat', cardId: null }, 'ArrowRight')).toEqual({ kind: 'card', stage: 'lost', id: 'e' });
    expect(navigate(columns, { stage: 'repeat', cardId: null }, 'ArrowDown')).toBeNull();
  });

  it('stops at the first and last columns and ignores other keys', () => {
    expect(navigate(columns, { stage: 'prospect', cardId: 'a' }, 'ArrowLeft')).toBeNull();
    expect(navigate(columns, { stage: 'lost', cardId: 'f' }, 'ArrowRight')).toBeNull();
    expect(navigate(columns, { stage: 'lost', cardId: 'f' }, 'x')).toBeNull();
    expect(navigate(columns, { stage: 'nowhere', cardId: null }, 'ArrowRight')).toBeNull();
  });
});
