import type { Request, RequestHandler, Response } from 'express';
import { clientAddress } from '../security/client-address.js';
import type { KeyedLimiter } from '../security/rate-limits.js';
import { sendError } from './errors.js';

/** The address a request came from, the same way sockets see it. */
export function addressOf(req: Request): string {
  return clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']);
}

/** 429 with `Retry-After` in whole seconds, as HTTP clients and proxies expect it. */
export function tooManyRequests(res: Response, retryAfterMs: number): void {
  res.set('retry-after', String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
  sendError(res, 429, 'rate_limited', 'request.tooMany');
}

/** Lets a request through while its address has budget left under `limiter`. */
export function limitByAddress(limiter: KeyedLimiter): RequestHandler {
  return async (req, res, next) => {
    const allowance = await limiter.take(addressOf(req));
    if (allowance.ok) return next();
    tooManyRequests(res, allowance.retryAfterMs);
  };
}
