import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/sync/closeCodes';
import { explainSyncProblem, isSyncFailing, problemFromBlockedConnection, problemFromClose, relayAddress, type SyncProblem } from './syncProblem';

const RELAY = 'ws://relay.example:4455';

describe('sync problems in words', () => {
  it('names the relay by host and port', () => {
    expect(relayAddress('ws://127.0.0.1:47455')).toBe('127.0.0.1:47455');
    expect(relayAddress('wss://sync.example.com/rapport')).toBe('sync.example.com');
    expect(relayAddress('not a url')).toBe('not a url');
  });

  it('reads each close code the relay sends (src/relay/server.ts) as its own kind', () => {
    // The reasons are the relay's own.
    expect(problemFromClose(CloseCode.unauthorized, 'unauthorized: wrong token', RELAY).kind).toBe('token-refused');
    expect(problemFromClose(CloseCode.unauthorized, 'unauthorized: missing token', RELAY).kind).toBe('token-missing');
    expect(problemFromClose(CloseCode.unauthorized, 'token revoked', RELAY).kind).toBe('token-revoked');
    expect(problemFromClose(CloseCode.forbidden, 'token not valid for workspace w1', RELAY).kind).toBe('other-workspace');
    expect(problemFromClose(CloseCode.notFound, 'not a room: bad path', RELAY).kind).toBe('not-a-room');
    expect(problemFromClose(CloseCode.tooLarge, 'frame of 9 bytes above the limit of 8', RELAY).kind).toBe('too-large');
    expect(problemFromClose(CloseCode.malformed, 'malformed message', RELAY).kind).toBe('malformed');
    expect(problemFromClose(CloseCode.tooManyConnections, 'too many connections from this address (limit 64)', RELAY).kind).toBe('too-many-connections');
    expect(problemFromClose(CloseCode.hostingStopped, 'hosting stopped', RELAY).kind).toBe('hosting-stopped');
    expect(problemFromClose(4499, 'something new', RELAY)).toEqual({ kind: 'closed', relay: 'relay.example:4455', code: 4499, reason: 'something new' });
  });

  it('says what happened and what to do, in a sentence', () => {
    expect(explainSyncProblem(problemFromClose(CloseCode.unauthorized, 'unauthorized: wrong token', RELAY))).toBe('The relay refused this token: ask for a new invite.');
    expect(explainSyncProblem({ kind: 'unreachable', relay: '127.0.0.1:47999' })).toMatch(/^Cannot reach the relay at 127\.0\.0\.1:47999: /);
    expect(explainSyncProblem(problemFromClose(CloseCode.forbidden, 'token not valid for workspace w1', RELAY))).toMatch(/another workspace.*ask for an invite/);
    expect(explainSyncProblem(problemFromClose(CloseCode.notFound, '', RELAY))).toMatch(/relay\.example:4455.*check the Relay URL/);
    expect(explainSyncProblem(problemFromClose(CloseCode.hostingStopped, '', RELAY))).toMatch(/stopped sharing/);
    expect(explainSyncProblem(problemFromClose(4499, 'something new', RELAY))).toBe('The relay at relay.example:4455 closed the connection (code 4499: something new). Reconnect to try again.');
    expect(explainSyncProblem(problemFromBlockedConnection('ws://relay.example:4455', 'https:'))).toMatch(/only reach a relay at wss:\/\//);
    expect(explainSyncProblem(problemFromBlockedConnection('wss://relay.example', 'https:'))).toMatch(/refused to connect to the relay at relay\.example/);
    expect(explainSyncProblem({ kind: 'no-network' })).toMatch(/^This device is offline/);
  });

  it('has a distinct sentence for every kind, without raw codes except for unknown ones', () => {
    const RELAY = 'ws://relay.example:9000';
    const problems: SyncProblem[] = [
      { kind: 'local' }, { kind: 'no-network' }, { kind: 'connecting', relay: 'r:1' }, { kind: 'unreachable', relay: 'r:1' },
      ...[4401, 4403, 4404, 4413, 4400, 4429, 4410].map((code) => problemFromClose(code, '', RELAY)),
      problemFromClose(4401, 'token revoked', RELAY), problemFromClose(4401, 'missing', RELAY),
      problemFromBlockedConnection(RELAY, 'https:'), problemFromBlockedConnection(RELAY, 'http:'),
    ];
    const sentences = problems.map(explainSyncProblem);
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const s of sentences) {
      expect(s).not.toMatch(/\b44\d\d\b/);
      expect(s).toMatch(/[.…]$/);
    }
  });

  it('counts as failing only what a teammate would meet too', () => {
    expect(isSyncFailing({ kind: 'local' })).toBe(false);
    expect(isSyncFailing({ kind: 'no-network' })).toBe(false);
    expect(isSyncFailing({ kind: 'connecting', relay: 'r' })).toBe(false);
    expect(isSyncFailing({ kind: 'unreachable', relay: 'r' })).toBe(true);
    expect(isSyncFailing(problemFromClose(4401, '', RELAY))).toBe(true);
    expect(isSyncFailing(problemFromClose(4410, '', RELAY))).toBe(true);
  });
});
