import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isOpaqueDocId, opaqueDocId, opaqueDocIdSchema } from './opaqueDocId';
import { WorkspaceKey } from './workspaceKey';

describe('opaque doc ids', () => {
  const key = WorkspaceKey.generate(0);

  it('are 32 hex digits, the same for the same key and name, and reveal nothing of the name', () => {
    const id = opaqueDocId(key, 'c:customer-42');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(isOpaqueDocId(id)).toBe(true);
    expect(opaqueDocIdSchema.parse(id)).toBe(id);
    expect(opaqueDocId(WorkspaceKey.fromBytes(0, key.exportSecret()), 'c:customer-42')).toBe(id);
    expect(id).not.toContain('customer');
    expect(id).not.toContain(Buffer.from('c:customer-42').toString('hex').slice(0, 8));
  });

  it('depend on the key: another workspace gets other ids for the same names', () => {
    const other = WorkspaceKey.generate(0);
    expect(opaqueDocId(other, 'workspace')).not.toBe(opaqueDocId(key, 'workspace'));
  });

  it('are distinct for distinct names', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 2, maxLength: 50 }), (names) => {
        const ids = names.map((n) => opaqueDocId(key, n));
        expect(new Set(ids).size).toBe(names.length);
      }),
    );
  });

  it('refuse names that would collide as UTF-8 (lone surrogates), empty or huge names', () => {
    expect(() => opaqueDocId(key, 'c:\uD800')).toThrow(TypeError);
    expect(() => opaqueDocId(key, 'c:\uDC00x')).toThrow(TypeError);
    expect(() => opaqueDocId(key, '')).toThrow(TypeError);
    expect(() => opaqueDocId(key, 'x'.repeat(1025))).toThrow(TypeError);
    expect(opaqueDocId(key, 'c:\uD83D\uDE00')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('validate ids from the wire', () => {
    expect(opaqueDocIdSchema.safeParse('c:customer-42').success).toBe(false);
    expect(opaqueDocIdSchema.safeParse('ABCDEF0123456789ABCDEF0123456789').success).toBe(false);
    expect(isOpaqueDocId(42)).toBe(false);
  });
});
