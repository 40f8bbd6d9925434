import { hostname, networkInterfaces } from 'node:os';
import type { Bonjour, Service } from 'bonjour-service';
import { startRelay, type RelayHandle } from '../../relay';
import type { Logger } from '../../relay/logger';
import { CloseCode } from '../../shared/sync/closeCodes';
import { pickLanAddress, type InterfaceMap } from './addresses';
import { advertise, browseHosts, serviceInstanceName, type LanHost } from './mdns';
import { waitForCallback } from './waitForCallback';

/**
 * "Host on this network" (DESIGN.md section 5, issue 4 item 5): the desktop app
 * runs the embedded relay on a LAN address, advertises it over mDNS and hands
 * the renderer what it needs for an invite code. Plain Node: the IPC adapter
 * calls it, tests drive it with real sockets.
 */
export interface HostingInfo {
  /** ws://<inviteHost>:<port>: the relay address for the invite code. */
  url: string;
  port: number;
  /** The LAN address joiners connect to. */
  inviteHost: string;
  workspaceId: string;
}

export type LanStatus =
  | ({ hosting: true; workspaceName: string; connections: number; advertised: boolean } & HostingInfo)
  | { hosting: false };

export interface StartHostingRequest {
  workspaceId: string;
  token: string;
  /** Shown to others on the network (TXT record and service name). */
  workspaceName?: string;
}

export interface LanHostingOptions {
  /** Where the embedded relay keeps docs (userData/lan-relay in the app). */
  dataDir: string;
  /** The one mDNS responder, created on first use (publish and browse share it). */
  createBonjour: () => Bonjour;
  /** Address to listen on and to put in invites; default: the first private LAN IPv4. */
  bindHost?: string;
  /** Default 4455; 0 picks a free port. Falls back to a free port when taken. */
  port?: number;
  /** For tests; default os.networkInterfaces(). */
  interfaces?: () => InterfaceMap;
  machineName?: string;
  logger?: Logger;
  /** How long discover() listens. */
  discoverMs?: number;
  /** Probe the mDNS name before announcing (off in tests on a private responder). */
  probe?: boolean;
  /** How long stopping waits for an mDNS callback (unpublish, destroy) that may never come; default 2000 ms. */
  mdnsStopTimeoutMs?: number;
}

export interface LanHosting {
  start(request: StartHostingRequest): Promise<HostingInfo>;
  /** Stops advertising and closes every joiner's socket with 4410 (hosting stopped). */
  stop(): Promise<void>;
  status(): LanStatus;
  /** Other Rapport hosts on the network (never this app's own advertisement). */
  discover(): Promise<LanHost[]>;
  /** Stop hosting and release the mDNS socket (app quit). */
  dispose(): Promise<void>;
}

export class LanHostingError extends Error {
  override name = 'LanHostingError';
}

interface Active {
  relay: RelayHandle;
  service: Service;
  info: HostingInfo;
  workspaceName: string;
  advertised: boolean;
}

export function createLanHosting(options: LanHostingOptions): LanHosting {
  let bonjour: Bonjour | undefined;
  let active: Active | undefined;
  // start/stop run one at a time: a double click must not start two relays.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  const mdns = () => (bonjour ??= options.createBonjour());
  const mdnsWait = (step: 'unpublish' | 'destroy', start: (done: () => void) => void) => {
    const timeoutMs = options.mdnsStopTimeoutMs ?? 2000;
    return waitForCallback(start, {
      timeoutMs,
      onTimeout: () => options.logger?.warn('lan.mdns_stop_timeout', { step, timeoutMs }),
      onError: (error) => options.logger?.warn('lan.mdns_stop_failed', { step, message: String(error) }),
    });
  };

  async function listen(host: string, token: string, workspaceId: string): Promise<RelayHandle> {
    const base = { host, dataDir: options.dataDir, tokens: { [workspaceId]: token }, ...(options.logger ? { logger: options.logger } : {}) };
    const preferred = options.port ?? 4455;
    try {
      return await startRelay({ ...base, port: preferred });
    } catch (error) {
      // The usual port is taken (another relay, a second app): any free port will do, the invite carries it.
      if (preferred !== 0 && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') return startRelay({ ...base, port: 0 });
      throw error;
    }
  }

  async function stopActive(): Promise<void> {
    const current = active;
    if (!current) return;
    active = undefined;
    // Goodbye packets first, so browsers drop us before the sockets close;
    // bounded, so the relay's graceful close (which flushes the docs) always runs.
    const stop = current.service.stop as ((callback: () => void) => void) | undefined;
    if (stop) await mdnsWait('unpublish', (done) => stop.call(current.service, done));
    await current.relay.close({ code: CloseCode.hostingStopped, reason: 'hosting stopped' });
  }

  async function start(request: StartHostingRequest): Promise<HostingInfo> {
    if (active && active.info.workspaceId === request.workspaceId) {
      // Same workspace again: keep the relay and joiners, take the (maybe new) token.
      active.relay.setToken(request.workspaceId, request.token);
      return active.info;
    }
    await stopActive();
    const host = options.bindHost ?? pickLanAddress((options.interfaces ?? networkInterfaces)());
    if (!host) throw new LanHostingError('No network connection found: connect to a local network to host this workspace.');
    const relay = await listen(host, request.token, request.workspaceId);
    const workspaceName = request.workspaceName?.trim() || 'Shared workspace';
    const info: HostingInfo = { url: relay.url, port: relay.port, inviteHost: host, workspaceId: request.workspaceId };
    let service: Service;
    try {
      service = advertise(mdns(), {
        instanceName: serviceInstanceName(workspaceName, options.machineName ?? hostname()),
        workspaceId: request.workspaceId,
        workspaceName,
        address: host,
        port: relay.port,
        probe: options.probe ?? true,
      });
    } catch (error) {
      await relay.close({ code: CloseCode.hostingStopped, reason: 'hosting stopped' });
      throw error;
    }
    const current: Active = { relay, service, info, workspaceName, advertised: false };
    service.on('up', () => {
      current.advertised = true;
    });
    // A name clash or a network error: hosting still works by invite code, only discovery is off.
    service.on('error', (error: unknown) => options.logger?.warn('lan.advertise_failed', { message: String(error) }));
    active = current;
    options.logger?.info('lan.hosting', { host, port: relay.port, workspaceId: request.workspaceId });
    return info;
  }

  return {
    start: (request) => serial(() => start(request)),
    stop: () => serial(stopActive),
    status(): LanStatus {
      if (!active) return { hosting: false };
      return { hosting: true, ...active.info, workspaceName: active.workspaceName, connections: active.relay.stats().connections, advertised: active.advertised };
    },
    discover: () =>
      browseHosts(mdns(), {
        durationMs: options.discoverMs ?? 1500,
        exclude: (host) => active !== undefined && host.port === active.info.port && host.workspaceId === active.info.workspaceId && host.name === active.service.name,
      }),
    dispose: () =>
      serial(async () => {
        await stopActive();
        const current = bonjour;
        bonjour = undefined;
        if (current) await mdnsWait('destroy', (done) => current.destroy(done));
      }),
  };
}
