import type { Logger } from './logger.js';
import type { RateLimiters } from './security/rate-limits.js';
import type { PrivateDocService } from './private-docs/private-doc-service.js';
import type { WorkshopService } from './workshops/workshop-service.js';

/**
 * Everything the server is built from, declared once. `createApp` completes it and hands it to
 * the routers and the socket server; each of them takes the whole or a `Pick` of it, so a new
 * dependency is added here and nowhere else.
 */
export interface ServerDeps {
  service: WorkshopService;
  /** Every kind of private document (notebooks, follow-ups, evaluations ...). */
  docs: PrivateDocService;
  log: Logger;
  /** The server's clock; must be the one the service uses. */
  now: () => number;
  /** Every rate limit of the server, shared by HTTP and sockets so a person has one budget. */
  limiters: RateLimiters;
}

/**
 * What a caller of `createApp` passes: the limiters are made from the app's options, and the
 * clock is the real one unless a test brings its own.
 */
export type AppDeps = Omit<ServerDeps, 'now' | 'limiters'> & Partial<Pick<ServerDeps, 'now'>>;
