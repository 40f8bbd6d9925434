import { isValidDocName } from '../model/docIds';

/**
 * Room naming on the relay (DESIGN.md section 5).
 *
 *   ws://HOST:PORT/<workspaceId>/<docName>?token=<secret>    a y-websocket room
 *   ws://HOST:PORT/<workspaceId>/_catchup?token=<secret>     the workspace catch-up channel
 *
 * `docName` is `workspace` (the directory) or `c:<customerId>` (one customer),
 * see src/shared/model/docIds.ts. A WebsocketProvider is created with
 * `serverUrl = ws://HOST:PORT` and `roomname = roomName(workspaceId, docName)`,
 * and `params: { token }`. The colon in `c:<id>` may arrive percent-encoded
 * (`c%3A<id>`); the relay decodes the path before matching.
 */
export const CATCHUP_ROOM = '_catchup';

const WORKSPACE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidWorkspaceId(id: string): boolean {
  return WORKSPACE_ID.test(id);
}

/** The y-websocket room name (the part after the server URL) of a doc. */
export function roomName(workspaceId: string, docName: string): string {
  return `${workspaceId}/${docName}`;
}

export function catchupRoomName(workspaceId: string): string {
  return `${workspaceId}/${CATCHUP_ROOM}`;
}

export type ParsedRoom =
  | { kind: 'doc'; workspaceId: string; docName: string }
  | { kind: 'catchup'; workspaceId: string }
  | { kind: 'invalid'; reason: string };

/** Parses the path of a request URL (without query string). */
export function parseRoomPath(path: string): ParsedRoom {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { kind: 'invalid', reason: 'bad percent-encoding' };
  }
  const parts = decoded.replace(/^\/+/, '').split('/');
  if (parts.length !== 2) return { kind: 'invalid', reason: 'expected /<workspaceId>/<docName>' };
  const [workspaceId, docName] = parts as [string, string];
  if (!isValidWorkspaceId(workspaceId)) return { kind: 'invalid', reason: 'bad workspace id' };
  if (docName === CATCHUP_ROOM) return { kind: 'catchup', workspaceId };
  if (!isValidDocName(docName)) return { kind: 'invalid', reason: 'bad doc name' };
  return { kind: 'doc', workspaceId, docName };
}
