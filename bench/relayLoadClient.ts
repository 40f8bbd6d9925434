/**
 * One process of load-test clients for bench/relay.ts (500 clients are split
 * over several processes so the clients' own event loop does not dominate
 * the measured latency). Forked with IPC:
 *   argv: <serverUrl> <roomPrefix> <token|-> <firstClient> <count> <docs> <ratePerSecond>
 *   child -> parent: { ready: true } after every client synced
 *   parent -> child: { cmd: 'go', seconds, warmupSeconds } (latencies of the warm-up are not kept)
 *   child -> parent: { result: { latencies, sent, errors, unexpectedCloses, cpuMs } }
 * Each update carries its send time (performance.timeOrigin + now, comparable across processes).
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';

process.setMaxListeners(0);
const [serverUrl, roomPrefix, token, first, count, docs, rate] = process.argv.slice(2);
const now = (): number => performance.timeOrigin + performance.now();
/** Updates sent before this (the warm-up: JIT, first bursts) are not measured. */
let measureFrom = Infinity;
let warmupDeliveries = 0;

async function main(): Promise<void> {
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  let unexpectedCloses = 0;
  let measuring = false;
  const clients: { doc: Y.Doc; p: WebsocketProvider; key: string }[] = [];
  for (let i = Number(first); i < Number(first) + Number(count); i++) {
    const doc = new Y.Doc();
    const p = new WebsocketProvider(serverUrl!, `${roomPrefix}c:load${i % Number(docs)}`, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: token === '-' ? {} : { token: token! },
      disableBc: true,
    });
    p.on('connection-error', () => errors++);
    p.on('connection-close', (e) => {
      if (measuring && e !== null) unexpectedCloses++;
    });
    const key = `c${i}`;
    const map = doc.getMap('ping');
    map.observe((event) => {
      if (event.transaction.local || !measuring) return;
      const t = now();
      for (const k of event.keysChanged) {
        const sentAt = map.get(k);
        if (typeof sentAt === "number") {
          if (sentAt >= measureFrom) latencies.push(t - sentAt);
          else warmupDeliveries++;
        }
      }
    });
    clients.push({ doc, p, key });
  }
  await Promise.all(clients.map(({ p }) => (p.synced ? undefined : new Promise<void>((r) => p.once('sync', () => r())))));
  process.send!({ ready: true });
  const { seconds: go, warmupSeconds } = await new Promise<{ seconds: number; warmupSeconds: number }>((resolve) => process.once('message', resolve));
  measuring = true;
  measureFrom = now() + warmupSeconds * 1000;
  const cpu0 = process.cpuUsage();
  const intervals: NodeJS.Timeout[] = [];
  const period = 1000 / Number(rate);
  const starts = clients.map(({ doc, key }) =>
    setTimeout(() => {
      const tick = (): void => {
        doc.getMap('ping').set(key, now());
        sent++;
      };
      tick();
      intervals.push(setInterval(tick, period));
    }, Math.random() * period),
  );
  await new Promise((r) => setTimeout(r, (warmupSeconds + go) * 1000));
  starts.forEach(clearTimeout);
  intervals.forEach(clearInterval);
  await new Promise((r) => setTimeout(r, 300)); // let in-flight updates land
  measuring = false;
  const cpu = process.cpuUsage(cpu0);
  clients.forEach(({ p }) => p.destroy());
  process.send!({ result: { latencies, sent, warmupDeliveries, errors, unexpectedCloses, cpuMs: (cpu.user + cpu.system) / 1000 } }, () => process.exit(0));
}

void main();
