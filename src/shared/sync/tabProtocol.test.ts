import { describe, expect, it } from 'vitest';
import { MAX_TAB_DOCS, MAX_TAB_STATE_VECTOR_BYTES, MAX_TAB_UPDATE_BYTES, TAB_PROTOCOL_VERSION, tabChannelName, tabMessageSchema } from './tabProtocol';

const base = { v: TAB_PROTOCOL_VERSION, from: 'tab1' };
const ok = (message: unknown) => tabMessageSchema.safeParse(message).success;

describe('tab channel messages', () => {
  it('accepts each kind of message the tabs send', () => {
    expect(ok({ ...base, type: 'update', doc: 'workspace', update: new Uint8Array([0, 0]) })).toBe(true);
    expect(ok({ ...base, type: 'update', doc: 'c:0a1B_-', update: new Uint8Array([0, 0]) })).toBe(true);
    expect(ok({ ...base, type: 'step1', doc: 'workspace', sv: new Uint8Array([0]) })).toBe(true);
    expect(ok({ ...base, type: 'step2', to: 'tab2', doc: 'workspace', update: new Uint8Array([0, 0]), sv: new Uint8Array([0]) })).toBe(true);
    expect(ok({ ...base, type: 'step2', to: 'tab2', doc: 'workspace', update: new Uint8Array([0, 0]) })).toBe(true);
    expect(ok({ ...base, type: 'persisted', docs: ['workspace', 'c:abc'] })).toBe(true);
    expect(ok({ ...base, type: 'bye' })).toBe(true);
  });

  it('refuses other versions, unknown kinds, bad names and ids, and missing fields', () => {
    const update = new Uint8Array([0, 0]);
    expect(ok({ ...base, v: 2, type: 'update', doc: 'workspace', update })).toBe(false);
    expect(ok({ ...base, type: 'delete-everything' })).toBe(false);
    for (const doc of ['', 'Workspace', 'c:', 'c:../x', `c:${'a'.repeat(65)}`, 'idb:workspace', 7]) {
      expect(ok({ ...base, type: 'update', doc, update }), String(doc)).toBe(false);
    }
    for (const from of ['', 'has space', 'x'.repeat(65), null]) expect(ok({ ...base, from, type: 'bye' }), String(from)).toBe(false);
    expect(ok({ ...base, type: 'update', doc: 'workspace', update: [0, 0] })).toBe(false);
    expect(ok({ ...base, type: 'update', doc: 'workspace', update: new Uint16Array([0]) })).toBe(false);
    expect(ok({ ...base, type: 'step2', doc: 'workspace', update })).toBe(false);
    expect(ok({ ...base, type: 'persisted', docs: ['workspace', '../x'] })).toBe(false);
  });

  it('holds payloads to their size limits', () => {
    expect(ok({ ...base, type: 'update', doc: 'workspace', update: new Uint8Array(MAX_TAB_UPDATE_BYTES) })).toBe(true);
    expect(ok({ ...base, type: 'update', doc: 'workspace', update: new Uint8Array(MAX_TAB_UPDATE_BYTES + 1) })).toBe(false);
    expect(ok({ ...base, type: 'step1', doc: 'workspace', sv: new Uint8Array(MAX_TAB_STATE_VECTOR_BYTES + 1) })).toBe(false);
    expect(ok({ ...base, type: 'persisted', docs: new Array(MAX_TAB_DOCS + 1).fill('workspace') })).toBe(false);
  });

  it('names one channel per workspace', () => {
    expect(tabChannelName('w1')).not.toBe(tabChannelName('w2'));
  });
});
