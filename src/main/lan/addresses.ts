import type { NetworkInterfaceInfo } from 'node:os';

/**
 * Which address of this machine teammates on the LAN can reach. Private IPv4
 * ranges first (home and office networks), then any other non-internal IPv4;
 * link-local (169.254/16, no DHCP) and loopback never: a joiner cannot use them.
 * Plain data in, so it is tested without touching the real network.
 */
export type InterfaceMap = NodeJS.Dict<NetworkInterfaceInfo[]>;

function isPrivateIpv4(address: string): boolean {
  const [a, b] = address.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function isLinkLocal(address: string): boolean {
  return address.startsWith('169.254.');
}

export function lanAddresses(interfaces: InterfaceMap): string[] {
  const found: string[] = [];
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal || isLinkLocal(info.address)) continue;
      found.push(info.address);
    }
  }
  // Stable sort: private addresses first, in interface order.
  return [...found.filter(isPrivateIpv4), ...found.filter((address) => !isPrivateIpv4(address))];
}

export function pickLanAddress(interfaces: InterfaceMap): string | undefined {
  return lanAddresses(interfaces)[0];
}
