import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { isValidWorkspaceId } from '../sync/rooms';
import { isOpaqueDocId, type OpaqueDocId } from './opaqueDocId';
import { RecordRefused } from './recordRefused';
import { WorkspaceKey } from './workspaceKey';

/**
 * The envelope of one record of an encrypted workspace (issue 13): what the relay stores and
 * forwards instead of a Yjs update, snapshot, awareness state or history version.
 *
 *   offset  bytes   field
 *   0       1       version, 1
 *   1       4       epoch, u32 big-endian: which workspace key sealed it
 *   5       24      nonce, random (XChaCha20's 192-bit nonce: random nonces never repeat in practice)
 *   29      n + 16  ciphertext of the n plaintext bytes, then the Poly1305 tag
 *
 * XChaCha20-Poly1305 under the epoch key's record subkey, with associated data that binds the
 * record to where it belongs, so the relay cannot move it without the tag failing:
 *
 *   "rapport.record" 0x00 | version u8 | epoch u32be | kind u8 |
 *   workspace id length u32be | workspace id (UTF-8) | doc id length u32be | doc id (UTF-8)
 *
 * The workspace id, doc id and kind are not in the envelope: the reader supplies them from where
 * the record was found (which workspace's log, the doc id the relay filed it under, the channel).
 * A new layout gets a new version byte; a reader refuses versions it does not know ('malformed').
 * The envelope hides content, not size: the relay still sees each record's length.
 */
export const ENVELOPE_VERSION = 1;
export const NONCE_BYTES = 24;
export const TAG_BYTES = 16;
export const HEADER_BYTES = 1 + 4 + NONCE_BYTES;
export const MIN_ENVELOPE_BYTES = HEADER_BYTES + TAG_BYTES;

export const RECORD_KINDS = ['update', 'snapshot', 'awareness', 'history-version'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
const KIND_CODE: Record<RecordKind, number> = { update: 1, snapshot: 2, awareness: 3, 'history-version': 4 };

/** Where a record belongs. Sealing and opening must be given the same binding. */
export interface RecordBinding {
  workspaceId: string;
  docId: OpaqueDocId;
  kind: RecordKind;
}

/** Keys of several epochs (a device keeps the old ones to read history). */
export type Keyring = ReadonlyMap<number, WorkspaceKey>;

const AAD_LABEL = utf8ToBytes('rapport.record\u0000');

function associatedData(binding: RecordBinding, epoch: number): Uint8Array {
  if (!isValidWorkspaceId(binding.workspaceId)) throw new TypeError(`bad workspace id in a record binding: ${JSON.stringify(binding.workspaceId)}`);
  if (!isOpaqueDocId(binding.docId)) throw new TypeError('a record binding needs an opaque doc id (opaqueDocId), not a doc name');
  const kind = KIND_CODE[binding.kind];
  if (kind === undefined) throw new TypeError(`unknown record kind ${JSON.stringify(binding.kind)}`);
  const ws = utf8ToBytes(binding.workspaceId);
  const doc = utf8ToBytes(binding.docId);
  const aad = new Uint8Array(AAD_LABEL.length + 1 + 4 + 1 + 4 + ws.length + 4 + doc.length);
  const view = new DataView(aad.buffer);
  let at = 0;
  aad.set(AAD_LABEL, at);
  at += AAD_LABEL.length;
  aad[at++] = ENVELOPE_VERSION;
  view.setUint32(at, epoch);
  at += 4;
  aad[at++] = kind;
  view.setUint32(at, ws.length);
  at += 4;
  aad.set(ws, at);
  at += ws.length;
  view.setUint32(at, doc.length);
  at += 4;
  aad.set(doc, at);
  return aad;
}

/** Encrypts one record under `key` (its epoch goes into the header). Throws TypeError on a bad binding. */
export function sealRecord(key: WorkspaceKey, binding: RecordBinding, plaintext: Uint8Array): Uint8Array {
  if (!(plaintext instanceof Uint8Array)) throw new TypeError('a record is bytes');
  const aad = associatedData(binding, key.epoch);
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = xchacha20poly1305(key.subkey('record'), nonce, aad).encrypt(plaintext);
  const out = new Uint8Array(HEADER_BYTES + sealed.length);
  out[0] = ENVELOPE_VERSION;
  new DataView(out.buffer).setUint32(1, key.epoch);
  out.set(nonce, 5);
  out.set(sealed, HEADER_BYTES);
  return out;
}

/** The epoch an envelope claims (unauthenticated until opened), to pick the key. */
export function envelopeEpoch(envelope: unknown): number {
  if (!(envelope instanceof Uint8Array)) throw new RecordRefused('malformed', 'a record envelope is bytes');
  if (envelope.length < MIN_ENVELOPE_BYTES) {
    throw new RecordRefused('malformed', `a record envelope is at least ${MIN_ENVELOPE_BYTES} bytes, got ${envelope.length}`);
  }
  if (envelope[0] !== ENVELOPE_VERSION) throw new RecordRefused('malformed', `unknown record envelope version ${envelope[0]}`);
  return new DataView(envelope.buffer, envelope.byteOffset, envelope.byteLength).getUint32(1);
}

/**
 * Decrypts one record. Any envelope that does not open under `keys` and `binding` throws
 * RecordRefused, and nothing else: malformed bytes, an epoch without a key, a changed byte, a
 * record moved to another workspace, doc, epoch or kind. (A bad binding is the caller's bug: TypeError.)
 */
export function openRecord(keys: WorkspaceKey | Keyring, binding: RecordBinding, envelope: Uint8Array): Uint8Array {
  const epoch = envelopeEpoch(envelope);
  const key = keys instanceof WorkspaceKey ? keys : keys.get(epoch);
  if (!key || key.epoch !== epoch) {
    throw new RecordRefused('wrong-key', `the record is of epoch ${epoch}, and there is no key of that epoch here`, epoch);
  }
  const aad = associatedData(binding, epoch);
  const nonce = envelope.subarray(5, HEADER_BYTES);
  try {
    return xchacha20poly1305(key.subkey('record'), nonce, aad).decrypt(envelope.subarray(HEADER_BYTES));
  } catch {
    throw new RecordRefused('tampered', `the record does not authenticate as a ${binding.kind} of this doc, workspace and epoch`, epoch);
  }
}
