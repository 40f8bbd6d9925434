import fs from 'node:fs';
import path from 'node:path';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { isValidDocName } from '../shared/model/docIds';
import type { DocState } from './docManager';

/**
 * A per-workspace cache of doc states (state vector + delete-set digest),
 * written at shutdown to <dataDir>/<workspaceId>/_states.idx, so the first
 * catch-up after a restart compares 2,000 docs without reading 2,000 logs.
 * Each entry carries its log's size and mtime; an entry whose log changed
 * since (a crash, another writer) is ignored. It is only a cache: written
 * without fsync, and a missing or damaged index is simply not used.
 */
export const INDEX_FILE = '_states.idx';
const INDEX_MAGIC = 'rapport-states-1';

export interface IndexEntry {
  size: number;
  mtimeMs: number;
  state: DocState;
}

export function readStateIndex(dir: string): Map<string, IndexEntry> {
  const out = new Map<string, IndexEntry>();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, INDEX_FILE));
  } catch {
    return out;
  }
  try {
    const dec = decoding.createDecoder(bytes);
    if (decoding.readVarString(dec) !== INDEX_MAGIC) return out;
    const n = decoding.readVarUint(dec);
    for (let i = 0; i < n; i++) {
      const name = decoding.readVarString(dec);
      const size = decoding.readVarUint(dec);
      const mtimeMs = decoding.readFloat64(dec);
      const sv = decoding.readVarUint8Array(dec);
      const digest = decoding.readVarUint8Array(dec);
      if (isValidDocName(name)) out.set(name, { size, mtimeMs, state: { sv, svMap: Y.decodeStateVector(sv), digest } });
    }
  } catch {
    out.clear();
  }
  return out;
}

export function writeStateIndex(dir: string, entries: Map<string, IndexEntry>): void {
  const enc = encoding.createEncoder();
  encoding.writeVarString(enc, INDEX_MAGIC);
  encoding.writeVarUint(enc, entries.size);
  for (const [name, e] of entries) {
    encoding.writeVarString(enc, name);
    encoding.writeVarUint(enc, e.size);
    encoding.writeFloat64(enc, e.mtimeMs);
    encoding.writeVarUint8Array(enc, e.state.sv);
    encoding.writeVarUint8Array(enc, e.state.digest);
  }
  const file = path.join(dir, INDEX_FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, encoding.toUint8Array(enc));
  fs.renameSync(tmp, file);
}

/** The entry if the log still has the size and mtime it had when the entry was written. */
export function validEntry(entry: IndexEntry | undefined, logFile: string): DocState | null {
  if (entry === undefined) return null;
  try {
    const st = fs.statSync(logFile);
    return st.size === entry.size && st.mtimeMs === entry.mtimeMs ? entry.state : null;
  } catch {
    return null;
  }
}
