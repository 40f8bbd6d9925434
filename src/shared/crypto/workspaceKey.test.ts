import { describe, expect, it } from 'vitest';
import { MAX_EPOCH, WORKSPACE_KEY_BYTES, WorkspaceKey } from './workspaceKey';

describe('workspace keys', () => {
  it('are 32 fresh random bytes per generate', () => {
    const a = WorkspaceKey.generate(0).exportSecret();
    const b = WorkspaceKey.generate(0).exportSecret();
    expect(a).toHaveLength(WORKSPACE_KEY_BYTES);
    expect(a).not.toEqual(b);
  });

  it('copy the secret in and out, so a caller cannot change a key afterwards', () => {
    const bytes = new Uint8Array(32).fill(7);
    const key = WorkspaceKey.fromBytes(1, bytes);
    const record = key.subkey('record');
    bytes.fill(0);
    key.exportSecret().fill(0);
    expect(key.exportSecret()).toEqual(new Uint8Array(32).fill(7));
    expect(WorkspaceKey.fromBytes(1, new Uint8Array(32).fill(7)).subkey('record')).toEqual(record);
  });

  it('derive a separate subkey per purpose, none equal to the secret', () => {
    const key = WorkspaceKey.generate(0);
    const record = key.subkey('record');
    const docId = key.subkey('doc-id');
    expect(record).toHaveLength(32);
    expect(record).not.toEqual(docId);
    expect(record).not.toEqual(key.exportSecret());
    expect(key.subkey('record')).toBe(record);
  });

  it('refuse a secret of the wrong size and an epoch outside u32', () => {
    expect(() => WorkspaceKey.fromBytes(0, new Uint8Array(31))).toThrow(TypeError);
    expect(() => WorkspaceKey.fromBytes(0, 'k'.repeat(32) as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => WorkspaceKey.generate(-1)).toThrow(RangeError);
    expect(() => WorkspaceKey.generate(1.5)).toThrow(RangeError);
    expect(() => WorkspaceKey.generate(MAX_EPOCH + 1)).toThrow(RangeError);
    expect(WorkspaceKey.generate(MAX_EPOCH).epoch).toBe(MAX_EPOCH);
  });
});
