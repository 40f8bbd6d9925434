import type { Bonjour, Browser, Service, ServiceConfig } from 'bonjour-service';
import { z } from 'zod';
import { isValidWorkspaceId } from '../../shared/sync/rooms';

/**
 * mDNS (DNS-SD) advertisement of a hosted workspace: service type
 * `_rapport._tcp`, TXT record `v=1`, `ws=<workspaceId>`, `name=<workspace name>`,
 * `addr=<the IPv4 the relay listens on>` (A records list every interface, and
 * the relay listens on one).
 * The token is never advertised: anyone on the network can read mDNS; joiners
 * get the token in the invite code, from the host, out of band.
 */
export const LAN_SERVICE_TYPE = 'rapport';
export const LAN_TXT_VERSION = '1';

/** DNS labels (the service instance name) are at most 63 bytes. */
const MAX_LABEL_BYTES = 63;

export function serviceInstanceName(workspaceName: string, machineName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must go
  const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f.]/g, ' ').replace(/\s+/g, ' ').trim();
  let name = `${clean(workspaceName) || 'Rapport'} on ${clean(machineName) || 'this computer'}`;
  const encoder = new TextEncoder();
  while (encoder.encode(name).length > MAX_LABEL_BYTES) name = name.slice(0, -1);
  return name.trim();
}

export interface AdvertiseOptions {
  /** The service instance name (serviceInstanceName). */
  instanceName: string;
  workspaceId: string;
  workspaceName: string;
  /** The IPv4 address the relay listens on. */
  address: string;
  port: number;
  /** The A record's host name; bonjour-service uses os.hostname() when absent. */
  host?: string;
  /** Probe for a name clash before announcing (RFC 6762 section 8). */
  probe?: boolean;
}

export function advertisementTxt(options: { workspaceId: string; workspaceName: string; address: string }): Record<string, string> {
  return { v: LAN_TXT_VERSION, ws: options.workspaceId, name: options.workspaceName.slice(0, 100), addr: options.address };
}

export function advertise(bonjour: Bonjour, options: AdvertiseOptions): Service {
  return bonjour.publish({
    name: options.instanceName,
    type: LAN_SERVICE_TYPE,
    protocol: 'tcp',
    port: options.port,
    txt: advertisementTxt(options),
    probe: options.probe ?? true,
    disableIPv6: true,
    ...(options.host ? { host: options.host } : {}),
  });
}

/** A Rapport host seen on the network. */
export const lanHostSchema = z.object({
  /** The service instance name, for the list the user picks from. */
  name: z.string().min(1).max(200),
  /** Workspace name from the TXT record. */
  workspaceName: z.string().max(200),
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  workspaceId: z.string().refine(isValidWorkspaceId, 'bad workspace id'),
});
export type LanHost = z.infer<typeof lanHostSchema>;

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

const txtSchema = z.object({
  v: z.literal(LAN_TXT_VERSION),
  ws: z.string(),
  name: z.string().optional(),
  addr: z.string().regex(IPV4).optional(),
});

/**
 * Reads a discovered service; anything malformed (another program using the
 * same type, an older or hostile peer) is dropped. The host is the TXT `addr`,
 * else an IPv4 address from the records, else the address the answer came from.
 */
export function lanHostFromService(service: Pick<Service, 'name' | 'port' | 'txt' | 'addresses' | 'referer' | 'host'>): LanHost | undefined {
  const txt = txtSchema.safeParse(service.txt);
  if (!txt.success) return undefined;
  const ipv4 = (service.addresses ?? []).find((address) => IPV4.test(address));
  const host = txt.data.addr ?? ipv4 ?? service.referer?.address ?? service.host;
  const parsed = lanHostSchema.safeParse({
    name: service.name,
    workspaceName: txt.data.name ?? '',
    host,
    port: service.port,
    workspaceId: txt.data.ws,
  });
  return parsed.success ? parsed.data : undefined;
}

/**
 * Browses for hosts for `durationMs`, then answers the distinct ones seen
 * (one per host, port and workspace). Queries again halfway, as mDNS answers
 * can be lost.
 */
export function browseHosts(bonjour: Bonjour, options: { durationMs: number; exclude?: (host: LanHost) => boolean }): Promise<LanHost[]> {
  return new Promise((resolve) => {
    const seen = new Map<string, LanHost>();
    const browser: Browser = bonjour.find({ type: LAN_SERVICE_TYPE, protocol: 'tcp' }, (service) => {
      const host = lanHostFromService(service);
      if (!host || options.exclude?.(host)) return;
      seen.set(`${host.host}:${host.port}/${host.workspaceId}`, host);
    });
    const again = setTimeout(() => browser.update(), Math.floor(options.durationMs / 2));
    setTimeout(() => {
      clearTimeout(again);
      browser.stop();
      resolve([...seen.values()].sort((a, b) => a.name.localeCompare(b.name)));
    }, options.durationMs);
  });
}

/** Socket options bonjour-service hands to multicast-dns (not in its types). */
export interface MdnsSocketOptions {
  /** The interface address to bind and send from. */
  interface?: string;
  port?: number;
  /** Where queries and answers go: the mDNS group 224.0.0.251 unless set. */
  ip?: string;
  /** false: plain UDP to `ip:port`, no group membership. */
  multicast?: boolean;
  loopback?: boolean;
  reuseAddr?: boolean;
}

/** One mDNS responder and browser. Errors are reported, never thrown (bonjour-service throws by default). */
export function createMdns(BonjourClass: typeof Bonjour, options: MdnsSocketOptions | undefined, onError: (error: unknown) => void): Bonjour {
  const instance = new BonjourClass(options as Partial<ServiceConfig> | undefined, onError);
  // multicast-dns emits 'error' (port 5353 taken, no permission) on its socket's
  // emitter; unheard, that would take the main process down. Not in the types.
  const socket = (instance as unknown as { server?: { mdns?: { on?: (event: string, listener: (error: unknown) => void) => void } } }).server?.mdns;
  socket?.on?.('error', onError);
  return instance;
}
