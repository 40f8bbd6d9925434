import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { generateSampleWorkspace } from './generator';
import { readAllCards } from '../model/workspaceDoc';
import { readInteractions, readProfile } from '../model/customerDoc';
import { readNotebookText } from '../notebook/headless';

describe('sample workspace generator', () => {
  it('is deterministic', () => {
    const a = generateSampleWorkspace({ customers: 8, seed: 7 });
    const b = generateSampleWorkspace({ customers: 8, seed: 7 });
    expect(readAllCards(a.workspace).map((c) => [c.id, c.name, c.stage])).toEqual(readAllCards(b.workspace).map((c) => [c.id, c.name, c.stage]));
    const id = [...a.customers.keys()][3];
    expect(readNotebookText(a.customers.get(id)!)).toBe(readNotebookText(b.customers.get(id)!));
  });

  it('makes about 40 varied, valid customers with notes, profiles and interactions', () => {
    const sample = generateSampleWorkspace({ customers: 40 });
    const cards = readAllCards(sample.workspace);
    expect(cards).toHaveLength(40);
    expect(cards.every((c) => c.invalid.length === 0)).toBe(true);
    expect(new Set(cards.map((c) => c.stage)).size).toBeGreaterThanOrEqual(5);
    for (const [, doc] of sample.customers) {
      const profile = readProfile(doc);
      expect(profile.invalid).toEqual([]);
      expect(profile.profile.emails.length).toBe(1);
      expect(readInteractions(doc).invalid).toEqual([]);
    }
    const first = sample.customers.values().next().value as Y.Doc;
    expect(readNotebookText(first).length).toBeGreaterThan(100);
  });
});
