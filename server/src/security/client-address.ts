import { isIP } from 'node:net';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The address a request came from, for per-address limits. Like express's `trust proxy:
 * loopback`: behind a reverse proxy on this machine, the address it forwarded (the right-most
 * entry of X-Forwarded-For, the one our own proxy added); otherwise the socket's own address.
 */
export function clientAddress(remote: string | undefined, forwardedFor: string | string[] | undefined): string {
  const own = remote ?? 'unknown';
  if (!LOOPBACK.has(own) || forwardedFor === undefined) return own;
  const hops = [forwardedFor]
    .flat()
    .join(',')
    .split(',')
    .map((hop) => hop.trim());
  const forwarded = hops.at(-1) ?? '';
  return isIP(forwarded) ? forwarded : own;
}
