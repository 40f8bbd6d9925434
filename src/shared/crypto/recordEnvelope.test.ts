import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { opaqueDocId } from './opaqueDocId';
import { envelopeEpoch, HEADER_BYTES, MIN_ENVELOPE_BYTES, openRecord, RECORD_KINDS, sealRecord, type RecordBinding } from './recordEnvelope';
import { RecordRefused, type RefusalReason } from './recordRefused';
import { WorkspaceKey } from './workspaceKey';

const key = WorkspaceKey.generate(3);
const binding: RecordBinding = { workspaceId: 'acme', docId: opaqueDocId(key, 'c:ada'), kind: 'update' };
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The reason an open was refused; fails the test if it opened or threw anything else. */
function refusal(open: () => unknown): RefusalReason {
  try {
    open();
  } catch (error) {
    if (error instanceof RecordRefused) return error.reason;
    throw error;
  }
  throw new Error('the record opened');
}

describe('record envelope', () => {
  it('opens what it sealed, for any bytes, kind and workspace', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom(...RECORD_KINDS),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        fc.string({ minLength: 1, maxLength: 40 }),
        (plaintext, kind, workspaceId, docName) => {
          const b: RecordBinding = { workspaceId, docId: opaqueDocId(key, docName), kind };
          const sealed = sealRecord(key, b, plaintext);
          expect(sealed.length).toBe(MIN_ENVELOPE_BYTES + plaintext.length);
          expect(envelopeEpoch(sealed)).toBe(3);
          expect(openRecord(key, b, sealed)).toEqual(plaintext);
        },
      ),
    );
  });

  it('seals and opens a 10 KB update', () => {
    const update = Uint8Array.from({ length: 10 * 1024 }, (_, i) => (i * 31) & 0xff);
    const sealed = sealRecord(key, binding, update);
    expect(openRecord(key, binding, sealed)).toEqual(update);
  });

  it('hides the plaintext, and never seals the same record to the same bytes twice', () => {
    const secret = text('Ada Lovelace prefers calls on Tuesdays');
    const a = sealRecord(key, binding, secret);
    const b = sealRecord(key, binding, secret);
    expect(a).not.toEqual(b);
    expect(Buffer.from(a).includes(Buffer.from('Lovelace'))).toBe(false);
    expect(Buffer.from(a.subarray(5, HEADER_BYTES))).not.toEqual(Buffer.from(b.subarray(5, HEADER_BYTES)));
  });

  it('refuses a record moved to another workspace, doc or kind', () => {
    const sealed = sealRecord(key, binding, text('moved'));
    // Same length and different length: the id itself is bound, not only its length.
    for (const workspaceId of ['acmf', 'globex', 'acm']) {
      expect(refusal(() => openRecord(key, { ...binding, workspaceId }, sealed))).toBe('tampered');
    }
    expect(refusal(() => openRecord(key, { ...binding, docId: opaqueDocId(key, 'c:bob') }, sealed))).toBe('tampered');
    for (const kind of RECORD_KINDS.filter((k) => k !== binding.kind)) {
      expect(refusal(() => openRecord(key, { ...binding, kind }, sealed))).toBe('tampered');
    }
  });

  it('refuses a record moved to another epoch, with or without that epoch\'s key', () => {
    const sealed = sealRecord(key, binding, text('epoch 3'));
    // A key of another epoch: refused before decrypting.
    const next = WorkspaceKey.generate(4);
    expect(refusal(() => openRecord(next, binding, sealed))).toBe('wrong-key');
    expect(refusal(() => openRecord(new Map([[4, next]]), binding, sealed))).toBe('wrong-key');
    // The header relabelled as epoch 4 and opened with the same secret labelled epoch 4: the
    // epoch is in the associated data, so even that fails.
    const relabelled = Uint8Array.from(sealed);
    new DataView(relabelled.buffer).setUint32(1, 4);
    const sameSecret = WorkspaceKey.fromBytes(4, key.exportSecret());
    expect(refusal(() => openRecord(sameSecret, binding, relabelled))).toBe('tampered');
    // Another key that claims the same epoch (another workspace's, or a rotation race).
    expect(refusal(() => openRecord(WorkspaceKey.generate(3), binding, sealed))).toBe('tampered');
  });

  it('picks the key of the envelope\'s epoch from a keyring', () => {
    const old = WorkspaceKey.generate(2);
    const ring = new Map([[2, old], [3, key]]);
    expect(openRecord(ring, binding, sealRecord(old, binding, text('old')))).toEqual(text('old'));
    expect(openRecord(ring, binding, sealRecord(key, binding, text('new')))).toEqual(text('new'));
    const error = (() => {
      try {
        openRecord(ring, binding, sealRecord(WorkspaceKey.generate(9), binding, text('later')));
      } catch (e) {
        return e as RecordRefused;
      }
    })();
    expect(error).toBeInstanceOf(RecordRefused);
    expect(error?.reason).toBe('wrong-key');
    expect(error?.epoch).toBe(9);
  });

  it('refuses a change of any byte', () => {
    const sealed = sealRecord(key, binding, text('a record of some length, to flip every byte of'));
    for (let at = 0; at < sealed.length; at++) {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 255 }), (mask) => {
          const bad = Uint8Array.from(sealed);
          bad[at] ^= mask;
          // The version byte makes it unreadable; the epoch bytes name an epoch without a key.
          const expected: RefusalReason = at === 0 ? 'malformed' : at < 5 ? 'wrong-key' : 'tampered';
          expect(refusal(() => openRecord(key, binding, bad))).toBe(expected);
        }),
        { numRuns: 20 },
      );
    }
  });

  it('refuses every truncation, garbage and things that are not bytes, with RecordRefused only', () => {
    const sealed = sealRecord(key, binding, text('truncate me'));
    for (let length = 0; length < sealed.length; length++) {
      expect(refusal(() => openRecord(key, binding, sealed.subarray(0, length)))).toBe(length < MIN_ENVELOPE_BYTES ? 'malformed' : 'tampered');
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (garbage) => {
        expect(['malformed', 'wrong-key', 'tampered']).toContain(refusal(() => openRecord(key, binding, garbage)));
      }),
    );
    // Garbage with a valid header: the tag fails.
    fc.assert(
      fc.property(fc.uint8Array({ minLength: MIN_ENVELOPE_BYTES - 5, maxLength: 300 }), (tail) => {
        const bad = new Uint8Array(5 + tail.length);
        bad[0] = 1;
        new DataView(bad.buffer).setUint32(1, 3);
        bad.set(tail, 5);
        expect(refusal(() => openRecord(key, binding, bad))).toBe('tampered');
      }),
    );
    for (const notBytes of [null, undefined, 'a string', [1, 2, 3], new ArrayBuffer(64), { length: 64 }]) {
      expect(refusal(() => openRecord(key, binding, notBytes as unknown as Uint8Array))).toBe('malformed');
    }
  });

  it('opens an envelope that sits inside a larger buffer (a frame off the wire)', () => {
    const sealed = sealRecord(key, binding, text('inside a frame'));
    const frame = new Uint8Array(sealed.length + 7);
    frame.set(sealed, 3);
    expect(openRecord(key, binding, frame.subarray(3, 3 + sealed.length))).toEqual(text('inside a frame'));
  });

  it('refuses to seal under a binding that does not bind (a doc name, a bad workspace id, an unknown kind)', () => {
    expect(() => sealRecord(key, { ...binding, docId: 'c:ada' as RecordBinding['docId'] }, text('x'))).toThrow(TypeError);
    expect(() => sealRecord(key, { ...binding, workspaceId: 'a/b' }, text('x'))).toThrow(TypeError);
    expect(() => sealRecord(key, { ...binding, kind: 'cursor' as RecordBinding['kind'] }, text('x'))).toThrow(TypeError);
  });
});
