import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import { isValidDocName } from '../model/docIds';

/**
 * The backup file: one workspace, every Yjs doc of it, in one checksummed file.
 *
 *   "RAPPORT-BACKUP\n"            15 bytes, the magic
 *   u32 big-endian                 manifest length
 *   manifest                       UTF-8 JSON (schema below)
 *   doc bytes                      each doc's Y.encodeStateAsUpdate, in manifest order
 *   SHA-256                        32 bytes, over everything before it
 *
 * Each doc also carries its own SHA-256 in the manifest, so a damaged file says
 * which customer is affected. `format` grows when the layout changes; older
 * formats are read through MIGRATIONS, so a backup from one version restores in the next.
 */
export const BACKUP_MAGIC = 'RAPPORT-BACKUP\n';
export const BACKUP_FORMAT = 1;
export const BACKUP_EXTENSION = 'rapport-backup';

const manifestSchema = z.object({
  format: z.number().int().positive(),
  workspaceId: z.string().min(1).max(64),
  workspaceName: z.string().max(200),
  createdAt: z.number().int().nonnegative(),
  appVersion: z.string().max(50),
  docs: z.array(z.object({ name: z.string().refine(isValidDocName, 'bad doc name'), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).max(1_000_000),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export interface Backup {
  manifest: BackupManifest;
  docs: Map<string, Uint8Array>;
  /** Documents left out as damaged (only when read with `salvage`). */
  damaged: { name: string; reason: string }[];
}

export class BackupError extends Error {}

/** Readers of older formats, keyed by format: each turns what it read into the current shape. */
const MIGRATIONS: Record<number, (backup: Backup) => Backup> = {
  1: (backup) => backup,
};

export function createBackup(input: { workspaceId: string; workspaceName: string; appVersion: string; docs: Iterable<[string, Uint8Array]>; now?: number }): Uint8Array {
  const docs = [...input.docs].sort(([a], [b]) => (a === 'workspace' ? -1 : b === 'workspace' ? 1 : a < b ? -1 : 1));
  const manifest: BackupManifest = manifestSchema.parse({
    format: BACKUP_FORMAT,
    workspaceId: input.workspaceId,
    workspaceName: input.workspaceName,
    createdAt: input.now ?? Date.now(),
    appVersion: input.appVersion,
    docs: docs.map(([name, bytes]) => ({ name, bytes: bytes.length, sha256: bytesToHex(sha256(bytes)) })),
  });
  const magic = encodeUtf8(BACKUP_MAGIC);
  const json = encodeUtf8(JSON.stringify(manifest));
  const bodyLength = magic.length + 4 + json.length + docs.reduce((n, [, bytes]) => n + bytes.length, 0);
  const out = new Uint8Array(bodyLength + 32);
  out.set(magic, 0);
  new DataView(out.buffer).setUint32(magic.length, json.length);
  out.set(json, magic.length + 4);
  let offset = magic.length + 4 + json.length;
  for (const [, bytes] of docs) {
    out.set(bytes, offset);
    offset += bytes.length;
  }
  out.set(sha256(out.subarray(0, bodyLength)), bodyLength);
  return out;
}

/**
 * Reads and verifies a backup; every problem is a BackupError with a message for
 * the user. With `salvage` (reading one customer out of a damaged file, as the
 * story command does), a document whose checksum fails is left out and named in
 * `damaged` instead, so the intact ones can still be read.
 */
export function readBackup(file: Uint8Array, options: { salvage?: boolean } = {}): Backup {
  const magic = encodeUtf8(BACKUP_MAGIC);
  // Compared as bytes: decoding arbitrary bytes as UTF-8 would throw on non-UTF-8 files.
  if (file.length < magic.length + 4 + 32 || magic.some((byte, i) => file[i] !== byte)) {
    throw new BackupError('This is not a Rapport backup file.');
  }
  const bodyLength = file.length - 32;
  const expected = file.subarray(bodyLength);
  const actual = sha256(file.subarray(0, bodyLength));
  const manifestLength = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(magic.length);
  const manifestEnd = magic.length + 4 + manifestLength;
  if (manifestEnd > bodyLength) throw new BackupError('The backup file is cut short (truncated).');
  let manifest: BackupManifest;
  try {
    const raw = JSON.parse(decodeUtf8(file.subarray(magic.length + 4, manifestEnd))) as { format?: unknown };
    if (typeof raw.format === 'number' && raw.format > BACKUP_FORMAT) {
      throw new BackupError(`This backup was made by a newer version of Rapport (format ${raw.format}); update Rapport to restore it.`);
    }
    manifest = manifestSchema.parse(raw);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('The backup file is damaged: its table of contents cannot be read.');
  }
  const total = manifest.docs.reduce((n, d) => n + d.bytes, 0);
  if (manifestEnd + total !== bodyLength) throw new BackupError('The backup file is cut short or has extra bytes (truncated or damaged).');
  if (bytesToHex(actual) !== bytesToHex(expected) && !options.salvage) throw new BackupError('The backup file is damaged: its checksum does not match.');
  const docs = new Map<string, Uint8Array>();
  const damaged: Backup['damaged'] = [];
  let offset = manifestEnd;
  for (const entry of manifest.docs) {
    const bytes = file.slice(offset, offset + entry.bytes);
    offset += entry.bytes;
    if (bytesToHex(sha256(bytes)) !== entry.sha256) {
      if (!options.salvage) throw new BackupError(`The backup file is damaged (document ${entry.name}).`);
      damaged.push({ name: entry.name, reason: 'its checksum does not match (the bytes were changed or damaged)' });
      continue;
    }
    docs.set(entry.name, bytes);
  }
  const migrate = MIGRATIONS[manifest.format];
  if (!migrate) throw new BackupError(`Backup format ${manifest.format} is not supported.`);
  return migrate({ manifest, docs, damaged });
}
