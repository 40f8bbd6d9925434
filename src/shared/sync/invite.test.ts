import { describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite } from './invite';

describe('invite codes', () => {
  it('round-trips relay, workspace, token and name, also inside a link', () => {
    const code = encodeInvite({ relay: 'ws://192.0.2.10:4455', workspaceId: 'abc-123', token: 's3cret/+=', name: 'Key accounts é' });
    expect(decodeInvite(code)).toEqual({ v: 1, relay: 'ws://192.0.2.10:4455', workspaceId: 'abc-123', token: 's3cret/+=', name: 'Key accounts é' });
    expect(decodeInvite(`https://example.invalid/join#${code}`).workspaceId).toBe('abc-123');
  });

  it('rejects garbage, damaged codes and bad fields with a readable message', () => {
    expect(() => decodeInvite('hello')).toThrow(/not a Rapport invite/);
    expect(() => decodeInvite('rapport-invite:%%%')).toThrow(/damaged/);
    const bad = 'rapport-invite:' + Buffer.from(JSON.stringify({ v: 1, relay: 'http://x', workspaceId: 'a', token: 't' })).toString('base64url');
    expect(() => decodeInvite(bad)).toThrow(/ws:\/\//);
    const badId = 'rapport-invite:' + Buffer.from(JSON.stringify({ v: 1, relay: 'ws://x:1', workspaceId: '../etc', token: 't' })).toString('base64url');
    expect(() => decodeInvite(badId)).toThrow(/workspace id/);
  });
});
