import { fromBase64, toBase64 } from 'lib0/buffer';
import { z } from 'zod';

/**
 * Updates not yet committed to IndexedDB when the page goes away.
 *
 * Every update is written within the task it happens in, but the IndexedDB
 * commit takes a few milliseconds more, and a page that is reloaded or closed in
 * that moment may lose the transaction. On `pagehide` the store hands what is
 * still unsaved to this journal, which writes it to localStorage (synchronous,
 * so it survives the unload); the next time the workspace opens, the store
 * writes the journalled updates as ordinary update records (Yjs updates are
 * idempotent, so one that did reach IndexedDB as well does no harm) and then
 * removes the journal. One key per page, so two tabs never overwrite each other.
 */
const PREFIX = 'rapport-unsaved:';
const entriesSchema = z.array(z.tuple([z.string().max(200), z.string()])).max(100_000);

export interface JournalEntry {
  doc: string;
  update: Uint8Array;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (some privacy modes): the journal is simply not kept
  }
}

/** Writes this page's unsaved updates; returns false if they could not be kept (quota, no storage). */
export function writeJournal(workspaceId: string, pageId: string, entries: readonly JournalEntry[]): boolean {
  const store = storage();
  if (!store || entries.length === 0) return entries.length === 0;
  try {
    store.setItem(`${PREFIX}${workspaceId}:${pageId}`, JSON.stringify(entries.map((e) => [e.doc, toBase64(e.update)])));
    return true;
  } catch {
    return false;
  }
}

/**
 * Every journal left for a workspace (by pages that went away), with the keys
 * to remove once the entries are stored. A journal that cannot be read is
 * reported in `damaged` and left in place, so nothing is deleted unread.
 */
export function readJournals(workspaceId: string): { entries: JournalEntry[]; keys: string[]; damaged: string[] } {
  const store = storage();
  const out = { entries: [] as JournalEntry[], keys: [] as string[], damaged: [] as string[] };
  if (!store) return out;
  const prefix = `${PREFIX}${workspaceId}:`;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      const parsed = entriesSchema.parse(JSON.parse(store.getItem(key) ?? 'null'));
      out.entries.push(...parsed.map(([doc, update]) => ({ doc, update: fromBase64(update) })));
      out.keys.push(key);
    } catch {
      out.damaged.push(key);
    }
  }
  return out;
}

export function removeJournals(keys: readonly string[]): void {
  const store = storage();
  for (const key of keys) store?.removeItem(key);
}
