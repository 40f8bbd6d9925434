/**
 * WebSocket close codes the relay uses. Codes 4400-4499 are permanent:
 * y-websocket's WebsocketProvider (and the catch-up client) stop retrying on
 * them, so the app can show the reason instead of looping. 1001 (going away)
 * is used on graceful shutdown and is retried.
 */
export const CloseCode = {
  /** Malformed frame: undecodable message, junk update, bad catch-up message. */
  malformed: 4400,
  /** Missing or wrong token for the workspace. */
  unauthorized: 4401,
  /** The token is valid, but for another workspace. */
  forbidden: 4403,
  /** The path is not a room: /<workspaceId>/<docName> or /<workspaceId>/_catchup. */
  notFound: 4404,
  /** A frame above the relay's size limit. */
  tooLarge: 4413,
  /** Too many connections from this client address. */
  tooManyConnections: 4429,
  /** A desktop app stopped hosting its workspace on the LAN (permanent: joiners must not retry). */
  hostingStopped: 4410,
  /** The relay is shutting down (standard code, clients retry). */
  goingAway: 1001,
} as const;

export type CloseCodeName = keyof typeof CloseCode;

/** True for the close codes after which a client must not reconnect on its own. */
export function isPermanentCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500;
}

/** A sentence for the sync status element, from a close code and the relay's reason. */
export function describeClose(code: number, reason: string): string {
  const detail = reason ? `: ${reason}` : '';
  switch (code) {
    case CloseCode.unauthorized:
      return `Wrong or missing token${detail}`;
    case CloseCode.forbidden:
      return `Token not valid for this workspace${detail}`;
    case CloseCode.notFound:
      return `Unknown document address${detail}`;
    case CloseCode.tooLarge:
      return `Change too large for the relay${detail}`;
    case CloseCode.malformed:
      return `Relay rejected a malformed message${detail}`;
    case CloseCode.tooManyConnections:
      return `Too many connections to the relay${detail}`;
    case CloseCode.hostingStopped:
      return `The host stopped sharing this workspace${detail}`;
    default:
      return `Connection closed (${code})${detail}`;
  }
}
