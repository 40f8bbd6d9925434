import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initialWorkspaceFormat, readWorkspaceFormat, setWorkspaceFormat } from './workspaceFormat';
import { settingsMap } from './workspaceDoc';

describe('workspace currency and number locale', () => {
  it('a workspace of an earlier version is in euros, in the viewing device locale', () => {
    expect(readWorkspaceFormat(new Y.Doc(), 'sv-SE')).toEqual({ format: { currency: 'EUR', locale: 'sv-SE' }, invalid: [] });
  });

  it('a new workspace starts from the creating device locale', () => {
    expect(initialWorkspaceFormat('en-US')).toEqual({ currency: 'USD', locale: 'en-US' });
    expect(initialWorkspaceFormat('de-CH')).toEqual({ currency: 'CHF', locale: 'de-CH' });
  });

  it('stores valid settings, and shows a bad stored value as invalid while keeping it', () => {
    const doc = new Y.Doc();
    setWorkspaceFormat(doc, { currency: 'SEK', locale: 'sv-se' });
    expect(readWorkspaceFormat(doc, 'en-US').format).toEqual({ currency: 'SEK', locale: 'sv-SE' });
    expect(() => setWorkspaceFormat(doc, { currency: 'kronor' })).toThrow();
    settingsMap(doc).set('currency', 42);
    settingsMap(doc).set('numberLocale', 'not a locale!');
    const read = readWorkspaceFormat(doc, 'en-GB');
    expect(read.format).toEqual({ currency: 'EUR', locale: 'en-GB' });
    expect(read.invalid.map((f) => [f.field, f.raw])).toEqual([
      ['currency', 42],
      ['numberLocale', 'not a locale!'],
    ]);
    expect(settingsMap(doc).get('currency')).toBe(42);
  });
});
