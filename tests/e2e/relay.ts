import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A real relay (the `npm run relay` CLI) on loopback, for end-to-end sync tests. */
export interface TestRelay {
  url: string;
  stop(): Promise<void>;
}

export async function startRelay(port: number, tokens: string): Promise<TestRelay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-relay-'));
  const root = resolve(import.meta.dirname, '../..');
  const child: ChildProcess = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/relay/cli.ts', '--port', String(port), '--data-dir', dataDir, '--tokens', tokens, '--log-level', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `ws://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('The relay did not start');
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An invite code as the app makes them (see src/shared/sync/invite.ts). */
export function inviteCode(relay: string, workspaceId: string, token: string, name = 'Shared'): string {
  return `rapport-invite:${Buffer.from(JSON.stringify({ v: 1, relay, workspaceId, token, name })).toString('base64url')}`;
}
