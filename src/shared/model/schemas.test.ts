import { describe, expect, it } from 'vitest';
import { cardSchema, followUpSchema, interactionSchema, profileFieldSchemas, stageMoveSchema } from './schemas';

describe('schemas', () => {
  it('accepts valid values and keeps unknown extra fields', () => {
    const card = cardSchema.parse({ name: 'Ada', company: 'Engines', owner: 'me', createdAt: 1, fromTheFuture: 'x' });
    expect(card).toMatchObject({ name: 'Ada', fromTheFuture: 'x' });
    const interaction = interactionSchema.parse({ kind: 'call', at: 5, summary: 's', sentiment: 'positive', amount: null, author: 'me', mood: 'great' });
    expect(interaction.mood).toBe('great');
  });

  it('rejects wrong types, unknown enum values and malformed dates', () => {
    expect(cardSchema.safeParse({ name: 42, company: '', owner: '', createdAt: 1 }).success).toBe(false);
    expect(stageMoveSchema.safeParse({ customerId: 'a', stage: 'galaxy-brain', at: 1, by: 'x' }).success).toBe(false);
    expect(interactionSchema.safeParse({ kind: 'telepathy', at: 1, summary: '', sentiment: 'neutral', amount: null, author: '' }).success).toBe(false);
    expect(followUpSchema.safeParse({ due: '2026-13-99x', text: '', assignee: '', done: false }).success).toBe(false);
    expect(followUpSchema.safeParse({ due: '2026-11-22', text: 'Call', assignee: '', done: false }).success).toBe(true);
    expect(profileFieldSchemas.emails.safeParse('a@b.c').success).toBe(false);
    expect(profileFieldSchemas.customFields.safeParse({ size: { nested: 1 } }).success).toBe(false);
  });

  it('rejects values over their size limits', () => {
    expect(profileFieldSchemas.likes.safeParse('x'.repeat(5001)).success).toBe(false);
    expect(cardSchema.safeParse({ name: 'x'.repeat(501), company: '', owner: '', createdAt: 1 }).success).toBe(false);
    expect(cardSchema.safeParse({ name: 'a', company: '', owner: '', createdAt: -5 }).success).toBe(false);
  });
});
