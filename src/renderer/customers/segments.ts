import type * as Y from 'yjs';
import { z } from 'zod';
import { parseSegments, segmentSchema, type Segment } from '../../shared/search/segments';
import { settingsMap } from '../../shared/model/workspaceDoc';

/** Saved filters live in the workspace doc's settings, so the whole team shares them. */
const SEGMENTS_KEY = 'segments';

export function readSegments(doc: Y.Doc): Segment[] {
  return parseSegments(settingsMap(doc).get(SEGMENTS_KEY)).segments;
}

/** Adds or replaces a segment by id; entries this version cannot read are kept as they are. */
export function saveSegment(doc: Y.Doc, segment: Segment, origin: unknown): void {
  const valid = segmentSchema.parse(segment);
  const raw = settingsMap(doc).get(SEGMENTS_KEY);
  const list = Array.isArray(raw) ? raw : [];
  const next = [...list.filter((s) => !(z.object({ id: z.string() }).safeParse(s).success && (s as { id: string }).id === valid.id)), valid];
  doc.transact(() => settingsMap(doc).set(SEGMENTS_KEY, next), origin);
}

export function deleteSegment(doc: Y.Doc, id: string, origin: unknown): void {
  const raw = settingsMap(doc).get(SEGMENTS_KEY);
  if (!Array.isArray(raw)) return;
  doc.transact(() => settingsMap(doc).set(SEGMENTS_KEY, raw.filter((s) => (s as { id?: unknown })?.id !== id)), origin);
}
