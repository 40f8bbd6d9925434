/**
 * Why a record envelope was refused. A device shows and reports these (a tampering relay, a
 * record it lacks the key for), and never lets one crash a view:
 *   malformed  the bytes are not an envelope this version reads (too short, unknown version)
 *   wrong-key  the envelope is of an epoch the caller has no key for
 *   tampered   authentication failed: a byte changed, the record was moved to another
 *              workspace, doc, epoch or kind, or it was sealed under another key of the same
 *              epoch (an AEAD cannot tell these apart, and must not try)
 */
export type RefusalReason = 'malformed' | 'wrong-key' | 'tampered';

export class RecordRefused extends Error {
  override readonly name = 'RecordRefused';

  constructor(
    readonly reason: RefusalReason,
    message: string,
    /** The envelope's epoch, when its header could be read. */
    readonly epoch?: number,
  ) {
    super(message);
  }
}
