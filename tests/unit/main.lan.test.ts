import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bonjour, Service } from 'bonjour-service';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lanAddresses, pickLanAddress, type InterfaceMap } from '../../src/main/lan/addresses';
import { createLanHosting, type LanHosting } from '../../src/main/lan/hosting';
import { advertise, advertisementTxt, browseHosts, createMdns, lanHostFromService, serviceInstanceName, type MdnsSocketOptions } from '../../src/main/lan/mdns';
import { createLogger } from '../../src/relay/logger';
import { CloseCode } from '../../src/shared/sync/closeCodes';

/**
 * LAN hosting (issue 4 item 5). Everything here stays on 127.0.0.1: the mDNS
 * responder is bonjour-service's real one, bound to loopback and sending plain
 * UDP to itself (no multicast group), and the relay listens on loopback.
 */
const silent = createLogger('silent');

const iface = (address: string, extra: Partial<{ family: 'IPv4' | 'IPv6'; internal: boolean }> = {}) => ({
  address,
  netmask: '255.255.255.0',
  family: extra.family ?? ('IPv4' as const),
  mac: '00:00:00:00:00:00',
  internal: extra.internal ?? false,
  cidr: null,
  ...(extra.family === 'IPv6' ? { scopeid: 0 } : {}),
});

describe('LAN address choice', () => {
  it('prefers private IPv4 and never offers loopback, link-local or IPv6', () => {
    const interfaces = {
      lo: [iface('127.0.0.1', { internal: true })],
      docker0: [iface('169.254.3.4')],
      wan: [iface('203.0.113.9')],
      wlan0: [iface('fe80::1', { family: 'IPv6' }), iface('192.168.1.23')],
      eth1: [iface('10.1.2.3')],
    } as InterfaceMap;
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.23', '10.1.2.3', '203.0.113.9']);
    expect(pickLanAddress(interfaces)).toBe('192.168.1.23');
    expect(pickLanAddress({ lo: [iface('127.0.0.1', { internal: true })] } as InterfaceMap)).toBeUndefined();
  });
});

describe('mDNS advertisement (bonjour-service objects)', () => {
  it('instance names fit a DNS label and carry no dots or control characters', () => {
    const name = serviceInstanceName('Acme.Corp\u0000 key accounts '.repeat(5), 'laptop.local');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(63);
    expect(name.includes('.') || name.includes('\u0000')).toBe(false);
    expect(serviceInstanceName('', '')).toBe('Rapport on this computer');
  });

  it('the TXT record names the workspace but never holds the token', async () => {
    const mdns = createMdns(Bonjour, { interface: '127.0.0.1', port: await freeUdpPort(), ip: '127.0.0.1', multicast: false }, () => undefined);
    try {
      const service = advertise(mdns, { instanceName: 'Acme on test', workspaceId: 'ws-1', workspaceName: 'Acme', address: '127.0.0.1', port: 4455, probe: false });
      const txt = service.records().find((record) => record.type === 'TXT');
      const bytes = Buffer.concat((txt?.data as Buffer[] | undefined) ?? []).toString('utf8');
      expect(bytes).toContain('ws=ws-1');
      expect(bytes).toContain('name=Acme');
      expect(Object.keys(advertisementTxt({ workspaceId: 'ws-1', workspaceName: 'Acme', address: '10.0.0.2' })).sort()).toEqual(['addr', 'name', 'v', 'ws']);
      expect(service.type).toBe('_rapport._tcp');
    } finally {
      await new Promise<void>((resolve) => mdns.destroy(() => resolve()));
    }
  });

  it('reads discovered services with zod and drops malformed ones', () => {
    const make = (txt: Record<string, string>, extra: Partial<Service> = {}) =>
      Object.assign(new Service({ name: 'Acme on laptop', type: 'rapport', port: 4455, txt }, () => undefined, () => undefined), extra);
    expect(lanHostFromService(make({ v: '1', ws: 'ws-1', name: 'Acme', addr: '192.168.1.5' }, { addresses: ['10.0.0.9'] }))).toEqual({
      name: 'Acme on laptop',
      workspaceName: 'Acme',
      host: '192.168.1.5',
      port: 4455,
      workspaceId: 'ws-1',
    });
    // No addr: an IPv4 from the A records, then the sender's address.
    expect(lanHostFromService(make({ v: '1', ws: 'ws-1' }, { addresses: ['fe80::1', '10.0.0.9'] }))?.host).toBe('10.0.0.9');
    expect(lanHostFromService(make({ v: '1', ws: 'ws-1' }, { addresses: [], referer: { address: '10.0.0.7', family: 'IPv4', port: 5353, size: 1 } }))?.host).toBe('10.0.0.7');
    expect(lanHostFromService(make({ v: '2', ws: 'ws-1' }))).toBeUndefined();
    expect(lanHostFromService(make({ v: '1', ws: '../../etc' }))).toBeUndefined();
    expect(lanHostFromService(make({ v: '1', ws: 'ws-1', addr: 'evil.example' }))).toBeUndefined();
    expect(lanHostFromService(make({ v: '1', ws: 'ws-1' }, { port: 0, addresses: ['10.0.0.9'] }))).toBeUndefined();
  });
});

describe('hosting a workspace on loopback', () => {
  let dataDir: string;
  let mdnsPort: number;
  let hosting: LanHosting | undefined;
  let shared: Bonjour | undefined;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'rapport-lan-'));
    mdnsPort = await freeUdpPort();
  });
  afterEach(async () => {
    await hosting?.dispose();
    hosting = undefined;
    if (shared) await new Promise<void>((resolve) => shared?.destroy(() => resolve()));
    shared = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  const loopbackMdns: MdnsSocketOptions = { interface: '127.0.0.1', ip: '127.0.0.1', multicast: false };

  it('starts the relay, answers its address, and a real mDNS browser finds it', async () => {
    // One responder for the host and the browser: plain UDP to one loopback port reaches one socket only.
    shared = createMdns(Bonjour, { ...loopbackMdns, port: mdnsPort }, () => undefined);
    const mdns = shared;
    hosting = createLanHosting({ dataDir, createBonjour: () => mdns, bindHost: '127.0.0.1', port: 0, probe: false, logger: silent, machineName: 'test-box', discoverMs: 600 });
    const info = await hosting.start({ workspaceId: 'ws-lan', token: 'secret-token-1', workspaceName: 'Acme' });
    expect(info).toMatchObject({ inviteHost: '127.0.0.1', workspaceId: 'ws-lan', url: `ws://127.0.0.1:${info.port}` });
    expect(hosting.status()).toMatchObject({ hosting: true, port: info.port, workspaceName: 'Acme' });

    const health = await fetch(`http://127.0.0.1:${info.port}/health`);
    expect(health.status).toBe(200);

    const found = await browseHosts(mdns, { durationMs: 800 });
    expect(found).toEqual([{ name: 'Acme on test-box', workspaceName: 'Acme', host: '127.0.0.1', port: info.port, workspaceId: 'ws-lan' }]);
    // The host's own discover() leaves its own advertisement out.
    expect(await hosting.discover()).toEqual([]);
  });

  it('stopping tells joiners with close code 4410, and the docs they wrote stay on disk', async () => {
    const port = mdnsPort;
    hosting = createLanHosting({ dataDir, createBonjour: () => createMdns(Bonjour, { ...loopbackMdns, port }, () => undefined), bindHost: '127.0.0.1', port: 0, probe: false, logger: silent });
    const info = await hosting.start({ workspaceId: 'ws-lan', token: 'secret-token-1' });

    const refused = await connect(`${info.url}/ws-lan/workspace?token=wrong-token-9`);
    expect((await refused.closed).code).toBe(CloseCode.unauthorized);

    const joiner = await connect(`${info.url}/ws-lan/workspace?token=secret-token-1`);
    await joiner.opened;
    expect(hosting.status()).toMatchObject({ hosting: true, connections: 1 });
    await hosting.stop();
    const closed = await joiner.closed;
    expect(closed).toEqual({ code: CloseCode.hostingStopped, reason: 'hosting stopped' });
    expect(hosting.status()).toEqual({ hosting: false });
    await expect(fetch(`http://127.0.0.1:${info.port}/health`)).rejects.toThrow();
  });

  it('starting again for the same workspace keeps the relay and takes the new token', async () => {
    const port = mdnsPort;
    hosting = createLanHosting({ dataDir, createBonjour: () => createMdns(Bonjour, { ...loopbackMdns, port }, () => undefined), bindHost: '127.0.0.1', port: 0, probe: false, logger: silent });
    const first = await hosting.start({ workspaceId: 'ws-lan', token: 'secret-token-1' });
    const again = await hosting.start({ workspaceId: 'ws-lan', token: 'secret-token-2' });
    expect(again).toEqual(first);
    const joiner = await connect(`${first.url}/ws-lan/workspace?token=secret-token-2`);
    await joiner.opened;
    joiner.socket.close();
    await joiner.closed;
  });

  it('refuses to host without a LAN address, with a clear message', async () => {
    hosting = createLanHosting({ dataDir, createBonjour: () => new Bonjour(), interfaces: () => ({ lo: [iface('127.0.0.1', { internal: true })] }) as InterfaceMap, logger: silent });
    await expect(hosting.start({ workspaceId: 'ws-lan', token: 'secret-token-1' })).rejects.toThrow(/No network connection/);
  });
});

describe('mDNS over multicast on the loopback interface', () => {
  // Real multicast needs lo to carry IFF_MULTICAST (0x1000); containers usually do not set it.
  const reason = loopbackMulticastUnavailable();
  if (reason) console.log(`LAN multicast discovery test skipped: ${reason}`);

  it.skipIf(reason !== undefined)('two separate responders find each other through the mDNS group on lo', async () => {
    const port = await freeUdpPort();
    const options: MdnsSocketOptions = { interface: '127.0.0.1', port, loopback: true };
    const host = createMdns(Bonjour, options, () => undefined);
    const guest = createMdns(Bonjour, options, () => undefined);
    try {
      advertise(host, { instanceName: 'Acme on lo', workspaceId: 'ws-mc', workspaceName: 'Acme', address: '127.0.0.1', port: 4455, probe: false });
      const found = await browseHosts(guest, { durationMs: 1500 });
      expect(found.map((h) => h.workspaceId)).toContain('ws-mc');
    } finally {
      await new Promise<void>((resolve) => host.destroy(() => resolve()));
      await new Promise<void>((resolve) => guest.destroy(() => resolve()));
    }
  });
});

function loopbackMulticastUnavailable(): string | undefined {
  let flags: number;
  try {
    flags = Number.parseInt(readFileSync('/sys/class/net/lo/flags', 'utf8').trim(), 16);
  } catch {
    return 'cannot read /sys/class/net/lo/flags (not Linux), and multicast must not leave loopback in tests';
  }
  return (flags & 0x1000) === 0 ? `the loopback interface has no MULTICAST flag (flags 0x${flags.toString(16)}), so group traffic cannot stay on lo` : undefined;
}

async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

function connect(url: string) {
  const socket = new WebSocket(url);
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  opened.catch(() => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return Promise.resolve({ socket, opened, closed });
}
