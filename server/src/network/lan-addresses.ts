import os from 'node:os';

type Interfaces = ReturnType<typeof os.networkInterfaces>;

/**
 * The addresses other machines on the network can reach this one at, ready for a URL's host:
 * IPv4 first (what a phone on a hall's wifi is sure to route), then IPv6 in brackets. Loopback is
 * left out (it is every machine's own), and so is IPv6 link-local (fe80::), which needs a zone
 * that a URL typed on a phone cannot carry.
 */
export function lanAddresses(interfaces: Interfaces = os.networkInterfaces()): string[] {
  const ipv4: string[] = [];
  const ipv6: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal) continue;
      if (entry.family === 'IPv4') ipv4.push(entry.address);
      else if (!entry.address.toLowerCase().startsWith('fe80:')) ipv6.push(`[${entry.address}]`);
    }
  }
  return [...new Set([...ipv4, ...ipv6])];
}
