import { randomBytes } from '@noble/ciphers/utils.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A workspace key of one epoch (issue 13, DESIGN.md section 5): 32 random bytes made on the
 * device that creates the workspace, or that rotates the key after a member leaves (epoch + 1).
 * The secret itself never encrypts anything: each use gets its own subkey by HKDF-SHA256, so a
 * record key and the doc-id key never coincide even though they come from one secret.
 */
export const WORKSPACE_KEY_BYTES = 32;
/** Epochs travel as an unsigned 32-bit number in every envelope. */
export const MAX_EPOCH = 0xffff_ffff;

export type SubkeyPurpose = 'record' | 'doc-id';

const SUBKEY_INFO: Record<SubkeyPurpose, Uint8Array> = {
  record: utf8ToBytes('rapport.subkey.record.v1'),
  'doc-id': utf8ToBytes('rapport.subkey.doc-id.v1'),
};
const SUBKEY_SALT = utf8ToBytes('rapport.workspace-key');

export function isValidEpoch(epoch: number): boolean {
  return Number.isInteger(epoch) && epoch >= 0 && epoch <= MAX_EPOCH;
}

export class WorkspaceKey {
  readonly #secret: Uint8Array;
  readonly #subkeys = new Map<SubkeyPurpose, Uint8Array>();

  private constructor(
    readonly epoch: number,
    secret: Uint8Array,
  ) {
    this.#secret = secret;
  }

  /** A fresh key from the platform's CSPRNG (crypto.getRandomValues). */
  static generate(epoch: number): WorkspaceKey {
    return WorkspaceKey.fromBytes(epoch, randomBytes(WORKSPACE_KEY_BYTES));
  }

  /** A key received in an invite fragment or unsealed from a rotation; the bytes are copied. */
  static fromBytes(epoch: number, secret: Uint8Array): WorkspaceKey {
    if (!isValidEpoch(epoch)) throw new RangeError(`an epoch is a whole number from 0 to ${MAX_EPOCH}, got ${epoch}`);
    if (!(secret instanceof Uint8Array) || secret.length !== WORKSPACE_KEY_BYTES) {
      throw new TypeError(`a workspace key is ${WORKSPACE_KEY_BYTES} bytes`);
    }
    return new WorkspaceKey(epoch, Uint8Array.from(secret));
  }

  /** A copy of the secret, to seal it to a device or put it in an invite fragment. */
  exportSecret(): Uint8Array {
    return Uint8Array.from(this.#secret);
  }

  /** The subkey for one purpose, derived once per key. */
  subkey(purpose: SubkeyPurpose): Uint8Array {
    let key = this.#subkeys.get(purpose);
    if (!key) {
      key = hkdf(sha256, this.#secret, SUBKEY_SALT, SUBKEY_INFO[purpose], 32);
      this.#subkeys.set(purpose, key);
    }
    return key;
  }
}
