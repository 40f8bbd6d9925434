/**
 * A relay in its own process for bench/relay.ts, so the relay's CPU and
 * memory are measured apart from the clients. Forked with an IPC channel:
 *   argv: <ours|baseline> <dataDir> <tokensJson> <idleUnloadMs> [idleSleepMs]
 *   parent -> child: { cmd: 'mem' } | { cmd: 'stop' }
 *   child -> parent: { ready: port } | { mem: {...} } | { stopped: true }
 * Run with --expose-gc so memory figures are taken after a full collection.
 */
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { startRelay } from '../src/relay/index';
import { createLogger } from '../src/relay/logger';

type Msg = { cmd: 'mem' } | { cmd: 'stop' };

const [mode, dataDir, tokensJson, idle, sleepMs] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;

function memory(extra: Record<string, unknown>): Record<string, unknown> {
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  return { heapUsed: m.heapUsed, rss: m.rss, external: m.external, arrayBuffers: m.arrayBuffers, cpuUserMs: cpu.user / 1000, cpuSystemMs: cpu.system / 1000, ...extra };
}

async function main(): Promise<void> {
  if (mode === 'ours') {
    const relay = await startRelay({
      host: '127.0.0.1',
      port: 0,
      dataDir: dataDir!,
      tokens: JSON.parse(tokensJson!) as Record<string, string>,
      idleUnloadMs: Number(idle),
      ...(sleepMs !== undefined ? { idleSleepMs: Number(sleepMs) } : {}),
      logger: createLogger('warn'),
      maxConnectionsPerIp: 10_000,
      // For experiments only; the benchmark runs with the relay's defaults.
      ...(process.env.RELAY_BENCH_FSYNC_MS !== undefined ? { fsyncIntervalMs: Number(process.env.RELAY_BENCH_FSYNC_MS) } : {}),
    });
    process.on('message', (msg: Msg) => {
      if (msg.cmd === 'mem') process.send!({ mem: memory({ docsLoaded: relay.stats().docsLoaded, docsLive: relay.stats().docsLive }) });
      if (msg.cmd === 'stop') void relay.close().then(() => process.send!({ stopped: true }, () => process.exit(0)));
    });
    process.send!({ ready: relay.port });
  } else {
    // The baseline: @y/websocket-server@0.1.1's own connection handler, no persistence (its default).
    const { setupWSConnection, docs } = (await import('@y/websocket-server/utils')) as unknown as {
      setupWSConnection: (ws: unknown, req: http.IncomingMessage, opts?: { docName?: string }) => void;
      docs: Map<string, unknown>;
    };
    const server = http.createServer((_req, res) => res.end('ok'));
    const wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => {
      wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName: (req.url ?? '/').slice(1).split('?')[0] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    process.on('message', (msg: Msg) => {
      if (msg.cmd === 'mem') process.send!({ mem: memory({ docsLoaded: docs.size }) });
      if (msg.cmd === 'stop') {
        for (const c of wss.clients) c.terminate();
        server.close();
        process.send!({ stopped: true }, () => process.exit(0));
      }
    });
    process.send!({ ready: typeof addr === 'object' && addr !== null ? addr.port : 0 });
  }
}

void main();
