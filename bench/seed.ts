/**
 * The seed file the bench suites serve to the page: a doc count, then per doc its
 * name and bytes, the format benchHooks.ts (seedWorkspace) decodes.
 */
export function encodeSeed(docs: [string, Uint8Array][]): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(4);
  head.writeUInt32BE(docs.length);
  parts.push(head);
  for (const [name, bytes] of docs) {
    const nameBytes = Buffer.from(name, 'utf8');
    const meta = Buffer.alloc(6);
    meta.writeUInt16BE(nameBytes.length, 0);
    meta.writeUInt32BE(bytes.length, 2);
    parts.push(meta.subarray(0, 2), nameBytes, meta.subarray(2), Buffer.from(bytes));
  }
  return Buffer.concat(parts);
}
