import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { digest as sha256 } from 'lib0/hash/sha256';

/**
 * A state vector says which inserts a replica holds but not which deletes:
 * a doc where someone only deleted text has the same state vector before and
 * after. The catch-up channel therefore compares state vectors AND a digest of
 * the delete set, so offline deletions are exchanged too.
 *
 * The digest is over a normalised delete set (clients ascending, ranges sorted
 * and merged), so two replicas with the same deletions get the same bytes
 * however their updates were split or merged.
 */
export const DIGEST_BYTES = 16;

type DeleteRanges = Map<number, { clock: number; len: number }[]>;

function digestOfRanges(clients: DeleteRanges): Uint8Array {
  const enc = encoding.createEncoder();
  const ids = [...clients.keys()].sort((a, b) => a - b);
  for (const client of ids) {
    const ranges = [...(clients.get(client) ?? [])].sort((a, b) => a.clock - b.clock);
    let start = -1;
    let end = -1;
    const flush = (): void => {
      if (start < 0) return;
      encoding.writeVarUint(enc, client);
      encoding.writeVarUint(enc, start);
      encoding.writeVarUint(enc, end - start);
    };
    for (const r of ranges) {
      if (r.len <= 0) continue;
      if (start >= 0 && r.clock <= end) {
        end = Math.max(end, r.clock + r.len);
      } else {
        flush();
        start = r.clock;
        end = r.clock + r.len;
      }
    }
    flush();
  }
  return sha256(encoding.toUint8Array(enc)).slice(0, DIGEST_BYTES);
}

/** Digest of the deletions held by a live doc. */
export function deleteSetDigestOfDoc(doc: Y.Doc): Uint8Array {
  const ds = Y.createDeleteSetFromStructStore(doc.store);
  return digestOfRanges(ds.clients as DeleteRanges);
}

/** Digest of the deletions in an encoded (v1) update, e.g. a stored doc state. */
export function deleteSetDigestOfUpdate(update: Uint8Array): Uint8Array {
  const { ds } = Y.decodeUpdate(update);
  return digestOfRanges(ds.clients as DeleteRanges);
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
