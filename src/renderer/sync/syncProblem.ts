import { CloseCode } from '../../shared/sync/closeCodes';

/**
 * Why a workspace is not synced, as a kind the app can act on (hide invites, say
 * what to do), and one sentence for people. Close codes and reasons come from the
 * relay (src/relay/server.ts); the sentence never shows them raw except as detail
 * for a code this version does not know.
 */
export type SyncProblem =
  | { kind: 'local' }
  | { kind: 'no-network' }
  | { kind: 'connecting'; relay: string }
  | { kind: 'unreachable'; relay: string }
  | { kind: 'token-refused'; relay: string }
  | { kind: 'token-missing'; relay: string }
  | { kind: 'token-revoked'; relay: string }
  | { kind: 'other-workspace'; relay: string }
  | { kind: 'not-a-room'; relay: string }
  | { kind: 'too-large'; relay: string }
  | { kind: 'malformed'; relay: string }
  | { kind: 'too-many-connections'; relay: string }
  | { kind: 'hosting-stopped'; relay: string }
  | { kind: 'blocked'; relay: string; insecure: boolean }
  | { kind: 'closed'; relay: string; code: number; reason: string };

export type SyncProblemKind = SyncProblem['kind'];

/** "host:port" of a relay URL (the host alone on the scheme's default port), or the text itself when it is not a URL. */
export function relayAddress(relayUrl: string): string {
  try {
    return new URL(relayUrl).host || relayUrl;
  } catch {
    return relayUrl;
  }
}

/** The problem a permanent close of the connection means. */
export function problemFromClose(code: number, reason: string, relayUrl: string): SyncProblem {
  const relay = relayAddress(relayUrl);
  switch (code) {
    case CloseCode.unauthorized:
      if (/revoked/i.test(reason)) return { kind: 'token-revoked', relay };
      if (/missing/i.test(reason)) return { kind: 'token-missing', relay };
      return { kind: 'token-refused', relay };
    case CloseCode.forbidden:
      return { kind: 'other-workspace', relay };
    case CloseCode.notFound:
      return { kind: 'not-a-room', relay };
    case CloseCode.tooLarge:
      return { kind: 'too-large', relay };
    case CloseCode.malformed:
      return { kind: 'malformed', relay };
    case CloseCode.tooManyConnections:
      return { kind: 'too-many-connections', relay };
    case CloseCode.hostingStopped:
      return { kind: 'hosting-stopped', relay };
    default:
      return { kind: 'closed', relay, code, reason: reason.slice(0, 200) };
  }
}

/** The browser refused to open the connection at all (`new WebSocket` threw). */
export function problemFromBlockedConnection(relayUrl: string, pageProtocol: string): SyncProblem {
  return { kind: 'blocked', relay: relayAddress(relayUrl), insecure: pageProtocol === 'https:' && relayUrl.startsWith('ws://') };
}

/** One sentence that says what is wrong and what to do about it. */
export function explainSyncProblem(problem: SyncProblem): string {
  switch (problem.kind) {
    case 'local':
      return 'No relay is set up: everything is saved on this device only.';
    case 'no-network':
      return 'This device is offline: changes are saved here and sync when the network is back.';
    case 'connecting':
      return `Connecting to the relay at ${problem.relay}…`;
    case 'unreachable':
      return `Cannot reach the relay at ${problem.relay}: changes are saved here and sync when it answers. Check the Relay URL if this lasts.`;
    case 'token-refused':
      return 'The relay refused this token: ask for a new invite.';
    case 'token-missing':
      return 'The relay asks for a token and none was given: ask for an invite.';
    case 'token-revoked':
      return 'Your access to this workspace was withdrawn on the relay: ask for a new invite.';
    case 'other-workspace':
      return 'This token is for another workspace on the relay: ask for an invite to this one.';
    case 'not-a-room':
      return `The relay at ${problem.relay} does not serve workspaces at this address: check the Relay URL.`;
    case 'too-large':
      return `The relay at ${problem.relay} stopped syncing: a change was larger than it accepts. Reconnect to try again; if it happens again, ask whoever runs the relay to raise its limit.`;
    case 'malformed':
      return `The relay at ${problem.relay} could not read what this device sent: both may need the same version of Rapport. Reconnect to try again.`;
    case 'too-many-connections':
      return `The relay at ${problem.relay} refused more connections from this network: close other Rapport windows or tabs, then reconnect.`;
    case 'hosting-stopped':
      return 'The host stopped sharing this workspace on the network: ask them to host it again, or for a new invite.';
    case 'blocked':
      return problem.insecure
        ? `This page is served over https, so it can only reach a relay at wss://, not ws://${problem.relay}: ask for a wss:// address.`
        : `The browser refused to connect to the relay at ${problem.relay}: check the Relay URL.`;
    case 'closed':
      return `The relay at ${problem.relay} closed the connection (code ${problem.code}${problem.reason ? `: ${problem.reason}` : ''}). Reconnect to try again.`;
  }
}

/**
 * Whether sync is failing (rather than not set up, still connecting, or waiting for
 * the network): then no invite is offered, since a teammate would meet the same problem.
 */
export function isSyncFailing(problem: SyncProblem): boolean {
  return problem.kind !== 'local' && problem.kind !== 'no-network' && problem.kind !== 'connecting';
}
