import type { RequestHandler } from 'express';

/** A Host header that is a plain host[:port], safe to write into the policy. */
const PLAIN_HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * The Content-Security-Policy of every answer. The built client is one script file and one
 * stylesheet from our own origin, with no inline script or style element; React sets style
 * attributes through the DOM, which style-src does not govern. The QR code is an SVG drawn in
 * the browser and shown as a data: image. Sockets go to our own host: 'self' covers ws:/wss:
 * in current browsers, and the host is named for those (older Safari) that do not.
 */
function contentSecurityPolicy(host: string | undefined): string {
  const sockets = host && PLAIN_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Security headers on every page and API answer. A handful of fixed headers, written here
 * rather than with helmet: helmet's defaults add upgrade-insecure-requests and HSTS, which
 * would break the plain-http LAN address laptops join by, so we would override most of it.
 */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.get('host')));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Secrets travel in #fragments, which browsers never send as a referrer; sending none is still right.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    next();
  };
}
