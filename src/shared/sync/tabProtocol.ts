import { z } from 'zod';
import { isValidDocName } from '../model/docIds';

/**
 * The messages windows and tabs of one workspace exchange on the device
 * (a BroadcastChannel per workspace, see src/renderer/tabs/tabSync.ts).
 *
 *   update     a Yjs update of `doc`, made or received by the sender
 *   step1      "I now hold `doc` at state vector `sv`": holders answer with step2
 *   step2      to one tab: what it lacks of `doc`; with `sv` (the answerer's
 *              state) when the answer is to a step1, so the asker sends back
 *              what the answerer lacks (y-protocols' sync step 1/2, both ways)
 *   persisted  the sender committed updates of `docs` to IndexedDB: others
 *              recompute their derived data for them
 *   bye        the sender's page is going away; what it could not commit is in
 *              its unload journal, which another tab may store now
 *
 * Everything here is untrusted input (any script of the origin can post on
 * the channel, and another version of the app may run in another tab): it is
 * parsed before anything is applied.
 */
export const TAB_PROTOCOL_VERSION = 1;

/** The largest Yjs update one message may carry (a whole large doc in a step2). */
export const MAX_TAB_UPDATE_BYTES = 32 * 1024 * 1024;
/** A state vector is a few bytes per client that ever edited the doc. */
export const MAX_TAB_STATE_VECTOR_BYTES = 1024 * 1024;
/** Doc names in one persisted notice (a catch-up batch can hold thousands). */
export const MAX_TAB_DOCS = 100_000;

const tabId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const docName = z.string().max(80).refine(isValidDocName, 'not a doc name');
const bytes = (max: number) =>
  z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'not bytes').refine((value) => value.byteLength <= max, `more than ${max} bytes`);

const base = { v: z.literal(TAB_PROTOCOL_VERSION), from: tabId };

export const tabMessageSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('update'), doc: docName, update: bytes(MAX_TAB_UPDATE_BYTES) }),
  z.object({ ...base, type: z.literal('step1'), doc: docName, sv: bytes(MAX_TAB_STATE_VECTOR_BYTES) }),
  z.object({
    ...base,
    type: z.literal('step2'),
    to: tabId,
    doc: docName,
    update: bytes(MAX_TAB_UPDATE_BYTES),
    sv: bytes(MAX_TAB_STATE_VECTOR_BYTES).optional(),
  }),
  z.object({ ...base, type: z.literal('persisted'), docs: z.array(docName).max(MAX_TAB_DOCS) }),
  z.object({ ...base, type: z.literal('bye') }),
]);

export type TabMessage = z.infer<typeof tabMessageSchema>;

/** The BroadcastChannel name of a workspace: its tabs talk only to each other. */
export function tabChannelName(workspaceId: string): string {
  return `rapport-tabs:${workspaceId}`;
}

export function isValidTabId(id: string): boolean {
  return tabId.safeParse(id).success;
}

/** Why a message was refused, short and without its payload (for the report). */
export function describeTabMessageError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`)
    .join('; ');
}
