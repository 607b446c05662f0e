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

/**
 * The hosts others can reach a server bound to `bound` at: every network address when it listens
 * on all interfaces (`0.0.0.0`, `::`), that one address when bound to one, none on loopback.
 */
export function reachableHosts(bound: string | undefined, interfaces: Interfaces = os.networkInterfaces()): string[] {
  if (bound === undefined) return [];
  if (bound === '0.0.0.0' || bound === '::') return lanAddresses(interfaces);
  const host = bound.includes(':') ? `[${bound}]` : bound;
  return lanAddresses(interfaces).includes(host) ? [host] : [];
}
