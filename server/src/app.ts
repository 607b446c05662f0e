import { createServer, type Server as HttpServer } from 'node:http';
import { JOIN_ADDRESSES_PATH } from '@common-ground/shared';
import express from 'express';
import { clientFiles } from './http/client-files.js';
import { errorHandler, sendError } from './http/errors.js';
import { exportRouter } from './http/export.routes.js';
import { workshopsRouter } from './http/workshops.routes.js';
import { addressesRouter } from './http/addresses.routes.js';
import { createRateLimiters, type RateRules } from './security/rate-limits.js';
import { createSocketServer, type ClusterLink, type Heartbeat } from './realtime/socket-server.js';
import { createRedisRateLimiters } from './security/redis-rate-limits.js';
import { securityHeaders } from './http/security-headers.js';
import type { AppServer } from './realtime/types.js';
import type { AppDeps, ServerDeps } from './server-deps.js';
import type { openPostgresStores as OpenPostgresStoresFn } from './storage/postgres/open-postgres-stores.js';
import type { Stores } from './storage/sqlite-stores.js';

type OpenPostgresStores = typeof OpenPostgresStoresFn;

export interface AppOptions {
  /** The built client to serve; without it the server answers the API only (tests, `npm run dev`). */
  clientDist?: string | undefined;
  /** Replaces some of the rate limits (DEFAULT_RATE_RULES), for a test that needs a small one. */
  rateRules?: Partial<RateRules>;
  /** Web origins besides the server's own whose pages may open a socket (`ALLOWED_ORIGINS`). */
  allowedOrigins?: readonly string[];
  /** socket.io's ping interval and timeout; tests shorten them to see a silent screen dropped. */
  heartbeat?: Heartbeat;
  /** The origin participants reach us at behind a proxy (`PUBLIC_URL`); its pages may open a socket. */
  publicUrl?: string | undefined;
  /** How often workshops idle for the service's idle time are let go from memory. */
  idleSweepMs?: number;
  /**
   * Cluster mode: broadcasts reach the screens of every process, and the rate limits are kept in
   * Redis, shared by every process (docs/SCALING.md). The stores must then be PostgreSQL's.
   */
  cluster?: ClusterLink;
}

/** A minute: an idle workshop goes between 10 and 11 minutes after its last use, by default. */
const IDLE_SWEEP_MS = 60_000;

export interface App {
  httpServer: HttpServer;
  io: AppServer;
  /** Stops accepting connections and closes every socket. */
  close(): Promise<void>;
}

/** `act`, at most once a minute however often it is called: a log line for an outage, not one per message. */
function onceAMinute<T>(now: () => number, act: (value: T) => void): (value: T) => void {
  let last = -Infinity;
  return (value) => {
    if (now() - last < 60_000) return;
    last = now();
    act(value);
  };
}

/** Builds the whole server without listening, so tests can run it on port 0. */
export function createApp(deps: AppDeps, options: AppOptions = {}): App {
  const now = deps.now ?? Date.now;
  const limiters = options.cluster
    ? createRedisRateLimiters(
        options.cluster.pubClient,
        options.cluster.prefix,
        options.rateRules,
        onceAMinute(now, (error) =>
          deps.log.warn({ err: error }, 'Redis did not answer a rate limit: each process counts in memory meanwhile'),
        ),
      )
    : createRateLimiters(options.rateRules, now);
  const serverDeps: ServerDeps = { ...deps, now, limiters };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders());
  // Before the small JSON limit below: importing a record reads a larger body, on its own route.
  app.use('/api/workshops', exportRouter(serverDeps));
  app.use(express.json({ limit: '16kb' }));

  app.get('/healthz', async (_req, res) => {
    const { service } = deps;
    res.json({
      ok: true,
      workshops: await service.count(),
      loaded: service.loadedCount,
      unreadable: service.unreadable.length,
    });
  });
  app.use('/api/workshops', workshopsRouter(serverDeps));
  app.use(
    JOIN_ADDRESSES_PATH,
    addressesRouter(serverDeps, {
      publicUrl: options.publicUrl,
      // Read when asked: by then the server below is built and listening.
      listeningOn: () => {
        const bound = httpServer.address();
        return typeof bound === 'object' && bound ? bound.address : undefined;
      },
    }),
  );
  app.use('/api', (_req, res) => sendError(res, 404, 'not_found', 'request.noRoute'));
  if (options.clientDist) app.use(clientFiles(options.clientDist));
  app.use(errorHandler(deps.log));

  const httpServer = createServer(app);
  const { io, scheduler, refusals } = createSocketServer(httpServer, serverDeps, {
    allowedOrigins: options.publicUrl ? [...(options.allowedOrigins ?? []), options.publicUrl] : options.allowedOrigins,
    heartbeat: options.heartbeat,
    cluster: options.cluster,
  });
  scheduler
    .start()
    .catch((error: unknown) => deps.log.error({ err: error }, 'the sub-phase timers could not be set after the start'));
  const idleSweep = setInterval(() => {
    const evicted = deps.service.evictIdle();
    if (evicted > 0) deps.log.debug({ evicted, loaded: deps.service.loadedCount }, 'idle workshops let go');
  }, options.idleSweepMs ?? IDLE_SWEEP_MS);
  // A sweep has nothing to finish: it must not keep a stopping process (or a test run) alive.
  idleSweep.unref();
  return {
    httpServer,
    io,
    close: () =>
      new Promise<void>((resolve) => {
        scheduler.stop();
        clearInterval(idleSweep);
        refusals.close();
        void io.close(() => resolve());
        // Browsers hold keep-alive connections open; without this, closing waits on them.
        httpServer.closeAllConnections();
      }),
  };
}

export { WorkshopService } from './workshops/workshop-service.js';
export { PrivateDocService } from './private-docs/private-doc-service.js';
export { openSqliteStores, type Stores, type SqliteStoreOptions } from './storage/sqlite-stores.js';
/**
 * Cluster mode's stores (see open-postgres-stores.ts), loaded on first use: a single process on
 * SQLite never loads the PostgreSQL driver.
 */
export async function openPostgresStores(...args: Parameters<OpenPostgresStores>): Promise<Stores> {
  return (await import('./storage/postgres/open-postgres-stores.js')).openPostgresStores(...args);
}
export type { WorkshopStore, WorkshopRecord, Commit, Decision } from './storage/workshop-store.js';
export type { PrivateDocStore, StoredDoc, DocDecision } from './storage/private-doc-store.js';
export { openDatabase } from './storage/sqlite.js';
export { createLogger, type Logger } from './logger.js';
export type { AppDeps, ServerDeps } from './server-deps.js';
export { DEFAULT_RATE_RULES, type RateRules } from './security/rate-limits.js';
export { loadConfig } from './config.js';
export { DEFAULT_HEARTBEAT, type Heartbeat } from './realtime/socket-server.js';
