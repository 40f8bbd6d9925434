import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import { relayOptionsSchema, type RelayConfig, type RelayOptionsInput } from './config';
import { createLogger, errorFields, type Logger } from './logger';
import { TokenRegistry } from './tokens';
import { DocManager } from './docManager';
import { SyncPeer } from './syncPeer';
import { CatchupSession } from './catchupSession';
import { parseRoomPath } from '../shared/sync/rooms';
import { CloseCode } from '../shared/sync/closeCodes';

export interface StartRelayOptions extends RelayOptionsInput {
  /** Use this logger instead of JSON lines on stdout/stderr. */
  logger?: Logger;
}

export interface RelayStats {
  /** Docs in memory: live Y.Docs plus idle docs held encoded. */
  docsLoaded: number;
  /** Docs held as live Y.Docs (with connections, or idle for less than idleSleepMs). */
  docsLive: number;
  connections: number;
  syncConnections: number;
  catchupConnections: number;
}

export interface RelayHandle {
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  readonly host: string;
  /** ws://host:port — pass as serverUrl to WebsocketProvider / CatchupClient. */
  readonly url: string;
  /** http://host:port — GET /health lives here. */
  readonly httpUrl: string;
  readonly config: RelayConfig;
  /** Adds or rotates a workspace token; open connections stay open. */
  setToken(workspaceId: string, token: string): void;
  /** Removes a workspace token (new connections are refused) and closes its open connections with 4401. */
  revokeToken(workspaceId: string): void;
  stats(): RelayStats;
  /** Writes every pending update now (normally done at the end of each tick). */
  flush(): void;
  /**
   * Graceful shutdown: stop accepting, close sockets (1001 unless another code
   * is given, e.g. 4410 when a desktop app stops hosting), persist and compact every doc.
   */
  close(options?: { code?: number; reason?: string }): Promise<void>;
}

interface Conn {
  ws: WebSocket;
  ip: string;
  workspaceId: string | null;
  handler: SyncPeer | CatchupSession | null;
  alive: boolean;
}

/** Starts the relay. Resolves once it listens. */
export async function startRelay(options: StartRelayOptions): Promise<RelayHandle> {
  const { logger: injected, ...rest } = options;
  const config = relayOptionsSchema.parse(rest);
  const logger = injected ?? createLogger(config.logLevel);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const dataDir = path.resolve(config.dataDir);
  const tokens = new TokenRegistry(config.tokens);
  const manager = new DocManager({
    dataDir,
    logger,
    idleSleepMs: config.idleSleepMs,
    idleUnloadMs: config.idleUnloadMs,
    compactMinBytes: config.compactMinBytes,
    fsyncIntervalMs: config.fsyncIntervalMs,
  });
  const conns = new Set<Conn>();
  const perIp = new Map<string, number>();
  let closing: Promise<void> | null = null;

  const stats = (): RelayStats => {
    let sync = 0;
    let catchup = 0;
    for (const c of conns) {
      if (c.handler instanceof SyncPeer) sync++;
      else if (c.handler instanceof CatchupSession) catchup++;
    }
    return { docsLoaded: manager.loadedCount, docsLive: manager.liveCount, connections: conns.size, syncConnections: sync, catchupConnections: catchup };
  };

  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && pathname === '/health') {
      const s = stats();
      res.writeHead(closing ? 503 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ ok: !closing, docsLoaded: s.docsLoaded, connections: s.connections }));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: false, error: 'not found' }));
  });

  // ws enforces a hard cap at twice the documented limit (closing with 1009);
  // between the two the relay closes with 4413 itself, which clients treat as final.
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxFrameBytes * 2, perMessageDeflate: false });

  server.on('upgrade', (req, socket, head) => {
    if (closing) {
      socket.destroy();
      return;
    }
    socket.on('error', () => socket.destroy());
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req));
  });

  function refuse(conn: Conn, code: number, reason: string, fields: Record<string, unknown>): void {
    logger.warn('conn.refused', { code, reason, ip: conn.ip, ...fields });
    conn.ws.close(code, reason);
  }

  function onConnection(ws: WebSocket, req: http.IncomingMessage): void {
    const ip = req.socket.remoteAddress ?? 'unknown';
    const conn: Conn = { ws, ip, workspaceId: null, handler: null, alive: true };
    conns.add(conn);
    const count = (perIp.get(ip) ?? 0) + 1;
    perIp.set(ip, count);
    ws.on('error', (err) => logger.warn('conn.error', { ip, ...errorFields(err) }));
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('close', () => {
      conns.delete(conn);
      const n = (perIp.get(ip) ?? 1) - 1;
      if (n <= 0) perIp.delete(ip);
      else perIp.set(ip, n);
      conn.handler?.detach();
    });
    if (count > config.maxConnectionsPerIp) {
      refuse(conn, CloseCode.tooManyConnections, `too many connections from this address (limit ${config.maxConnectionsPerIp})`, {});
      return;
    }
    const url = new URL(req.url ?? '/', 'http://relay');
    const room = parseRoomPath(url.pathname);
    if (room.kind === 'invalid') {
      refuse(conn, CloseCode.notFound, `not a room: ${room.reason}`, { path: url.pathname.slice(0, 200) });
      return;
    }
    const check = tokens.check(room.workspaceId, url.searchParams.get('token'));
    if (check !== 'ok') {
      const fields = { workspaceId: room.workspaceId, check };
      if (check === 'other-workspace') refuse(conn, CloseCode.forbidden, `token not valid for workspace ${room.workspaceId}`, fields);
      else refuse(conn, CloseCode.unauthorized, check === 'missing' ? 'unauthorized: missing token' : 'unauthorized: wrong token', fields);
      return;
    }
    conn.workspaceId = room.workspaceId;
    if (room.kind === 'doc') {
      let rd;
      try {
        rd = manager.get(room.workspaceId, room.docName);
      } catch (err) {
        logger.error('doc.load_failed', { workspaceId: room.workspaceId, doc: room.docName, ...errorFields(err) });
        ws.close(1011, 'could not load document');
        return;
      }
      const peer = new SyncPeer(ws, rd, manager, logger, () => {});
      conn.handler = peer;
      peer.start();
      logger.debug('conn.open', { ip, workspaceId: room.workspaceId, doc: room.docName });
    } else {
      const session = new CatchupSession(ws, room.workspaceId, manager, logger, { pushDelayMs: config.catchupPushDelayMs }, () => {});
      conn.handler = session;
      session.start();
      logger.debug('catchup.open', { ip, workspaceId: room.workspaceId });
    }
    ws.on('message', (data: RawData, isBinary: boolean) => {
      const handler = conn.handler;
      if (handler === null) return;
      const bytes = toBytes(data);
      if (bytes.length > config.maxFrameBytes) {
        logger.warn('conn.frame_too_large', { ip, workspaceId: conn.workspaceId, bytes: bytes.length, limit: config.maxFrameBytes });
        handler.close(CloseCode.tooLarge, `frame of ${bytes.length} bytes above the limit of ${config.maxFrameBytes}`);
        return;
      }
      if (!isBinary) {
        handler.close(CloseCode.malformed, 'text frames are not part of the protocol');
        return;
      }
      try {
        handler.handle(bytes);
      } catch (err) {
        // Handlers catch their own errors; this is the last line so one client never takes the relay down.
        logger.error('conn.handler_failed', { ip, ...errorFields(err) });
        handler.close(CloseCode.malformed, 'message could not be handled');
      }
    });
  }

  const pinger = setInterval(() => {
    for (const c of conns) {
      if (!c.alive) {
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      try {
        c.ws.ping();
      } catch {
        c.ws.terminate();
      }
    }
  }, config.pingIntervalMs);
  pinger.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => logger.error('server.error', errorFields(err)));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
  logger.info('relay.listening', { host: config.host, port, dataDir, workspaces: tokens.workspaces().length, maxFrameBytes: config.maxFrameBytes });

  async function doClose(code: number, reason: string): Promise<void> {
    logger.info('relay.stopping', { connections: conns.size, docsLoaded: manager.loadedCount });
    clearInterval(pinger);
    server.close();
    const closed = [...conns].map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.ws.readyState === c.ws.CLOSED) return resolve();
          c.ws.once('close', () => resolve());
          c.ws.close(code, reason);
        }),
    );
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2000).unref());
    await Promise.race([Promise.all(closed), timeout]);
    for (const c of conns) c.ws.terminate();
    wss.close();
    manager.close();
    server.closeAllConnections();
    logger.info('relay.stopped', {});
  }

  return {
    port,
    host: config.host,
    url: `ws://${hostForUrl}:${port}`,
    httpUrl: `http://${hostForUrl}:${port}`,
    config,
    setToken: (ws, token) => {
      tokens.set(ws, token);
      logger.info('token.set', { workspaceId: ws });
    },
    revokeToken: (ws) => {
      tokens.delete(ws);
      for (const c of conns) if (c.workspaceId === ws) c.handler?.close(CloseCode.unauthorized, 'token revoked');
      logger.info('token.revoked', { workspaceId: ws });
    },
    stats,
    flush: () => manager.flush(),
    close: (options) => (closing ??= doClose(options?.code ?? CloseCode.goingAway, options?.reason ?? 'relay shutting down')),
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
