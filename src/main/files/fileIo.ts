import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a crash leaves either the old file or the new one,
 * never half of the new one: write a sibling temp file, then rename over.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, data, typeof data === 'string' ? { encoding: 'utf8' } : undefined);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export class FileTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`The file is ${size} bytes; the limit is ${limit} bytes.`);
    this.name = 'FileTooLargeError';
  }
}

/** Reads a regular file, refusing one above `limit` bytes before reading it. */
export async function readFileLimited(path: string, limit: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error('Not a regular file.');
  if (info.size > limit) throw new FileTooLargeError(info.size, limit);
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(info.size);
    let offset = 0;
    while (offset < buffer.length) {
      const { bytesRead } = await handle.read(buffer, offset, buffer.length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === buffer.length ? buffer : buffer.subarray(0, offset);
  } finally {
    await handle.close();
  }
}
