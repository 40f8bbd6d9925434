import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { isWellFormedText } from './wellFormed';
import type { WorkspaceKey } from './workspaceKey';

/**
 * The relay-visible id of a doc of an encrypted workspace: HMAC-SHA256 under the workspace's
 * doc-id subkey of the doc's name, cut to 128 bits, as 32 lowercase hex digits. The relay sees
 * "3f9c…" where a readable workspace has "c:<customerId>"; without the key it cannot link an id to
 * a name, or test a guessed name (the hash is keyed, unlike a plain hash of the name).
 *
 * Pass the workspace's naming key, the key of its first epoch, not the current one: the id must stay
 * the same across key rotations, or every rotation would rename every doc on the relay. (A removed
 * member holds that key and could recompute ids of names they can guess; customer ids are random.)
 */
export const OPAQUE_DOC_ID_HEX = 32;
const OPAQUE_DOC_ID = /^[0-9a-f]{32}$/;
const DOMAIN = utf8ToBytes('rapport.doc-id.v1\u0000');
/** Doc names are short (`workspace`, `c:<id>`); a longer one is a bug, not a name. */
export const MAX_DOC_NAME_LENGTH = 1024;

export type OpaqueDocId = string & { readonly __opaqueDocId: true };

/** For ids arriving over the wire. */
export const opaqueDocIdSchema = z
  .string()
  .regex(OPAQUE_DOC_ID, 'an opaque doc id is 32 lowercase hex digits')
  .transform((id) => id as OpaqueDocId);

export function isOpaqueDocId(value: unknown): value is OpaqueDocId {
  return typeof value === 'string' && OPAQUE_DOC_ID.test(value);
}

export function opaqueDocId(namingKey: WorkspaceKey, docName: string): OpaqueDocId {
  if (typeof docName !== 'string' || docName.length === 0 || docName.length > MAX_DOC_NAME_LENGTH || !isWellFormedText(docName)) {
    throw new TypeError(`a doc name is 1-${MAX_DOC_NAME_LENGTH} characters of well-formed text`);
  }
  const name = utf8ToBytes(docName);
  const input = new Uint8Array(DOMAIN.length + name.length);
  input.set(DOMAIN);
  input.set(name, DOMAIN.length);
  return bytesToHex(hmac(sha256, namingKey.subkey('doc-id'), input).subarray(0, OPAQUE_DOC_ID_HEX / 2)) as OpaqueDocId;
}
