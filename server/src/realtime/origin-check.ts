import type { IncomingMessage } from 'node:http';

/**
 * Decides whether a socket.io handshake may go on. WebSocket is not covered by CORS: without
 * this, a page on any other site could open a socket in a visitor's browser, then read and act.
 *
 * Browsers always send Origin on a WebSocket or cross-origin request, so a handshake without
 * one is not a web page (the tests' Node client, curl) and is let through: it gets nothing a
 * plain HTTP client could not get anyway. With an Origin, it must be this server's own (the
 * host the request was sent to, over http or https) or one of `allowedOrigins`.
 */
export function originAllowed(req: IncomingMessage, allowedOrigins: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.has(origin)) return true;
  const host = req.headers.host?.toLowerCase();
  if (!host) return false;
  const candidate = origin.toLowerCase();
  return candidate === `http://${host}` || candidate === `https://${host}`;
}
