import type { Server as HttpServer } from 'node:http';
import { nextAutoAdvance, type SequencedEvent } from '@common-ground/shared';
import type { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { presenceAcrossProcesses } from './cluster-presence.js';
import { AutoAdvanceScheduler } from '../clock/auto-advance.scheduler.js';
import { registerCommandHandlers } from './command.handlers.js';
import { registerTimeSyncHandler } from './time-sync.handler.js';
import { registerPrivateDocHandlers } from './private-doc.handlers.js';
import { pushEvaluationSummary, registerEvaluationSummaryHandler } from './evaluation-summary.handlers.js';
import { onceATurn } from './once-a-turn.js';
import { originAllowed } from './origin-check.js';
import { preEncodingParser } from './pre-encoded-json.js';
import { PresenceTracker } from './presence.js';
import { socketRateLimiter } from './rate-limiter.js';
import { RefusalLog } from './refusal-log.js';
import { clientAddress } from '../security/client-address.js';
import { registerSessionHandlers } from './session.handlers.js';
import type { RealtimeDeps, SocketContext } from './socket-context.js';
import type { ServerDeps } from '../server-deps.js';
import { workshopRoom, type AppServer } from './types.js';

/** How often the server pings each screen, and how long it waits for the answer. */
export interface Heartbeat {
  intervalMs: number;
  timeoutMs: number;
}

/**
 * A laptop closed without saying goodbye stays "present" until a ping goes unanswered: at
 * most interval + timeout, here 13 s (socket.io's defaults, 25 s + 20 s, made it 45 s).
 * The cost: a ping every 5 s per screen (a few bytes), and on wifi so bad that an answer takes
 * more than 8 s, the screen is dropped and reconnects by itself, resuming where it was.
 */
export const DEFAULT_HEARTBEAT: Heartbeat = { intervalMs: 5_000, timeoutMs: 8_000 };

/** Cluster mode: the Redis connections that carry broadcasts between the processes. */
export interface ClusterLink {
  /** Publishes (and answers the rate limiters' commands). */
  pubClient: Redis;
  /** Subscribes: a connection in subscriber mode can do nothing else. */
  subClient: Redis;
  /** What this deployment's Redis keys and channels start with (REDIS_PREFIX). */
  prefix: string;
  /** socket.io's Redis adapter on these connections (made in cluster/redis-link.ts). */
  adapter: ReturnType<typeof createAdapter>;
}

/** Events that can move a workshop's next sub-phase boundary. */
const CLOCK_EVENT = /^(clock|agenda|settings):/;

function movesTheClock(events: readonly SequencedEvent[]): boolean {
  return events.some(({ event }) => CLOCK_EVENT.test(event.type));
}

/** Attaches socket.io to the HTTP server and gives every connection the same handlers. */
export function createSocketServer(
  httpServer: HttpServer,
  deps: ServerDeps,
  options: { allowedOrigins?: readonly string[]; heartbeat?: Heartbeat; cluster?: ClusterLink } = {},
): { io: AppServer; scheduler: AutoAdvanceScheduler; refusals: RefusalLog } {
  const log = deps.log.child({ component: 'realtime' });
  const allowedOrigins = new Set(options.allowedOrigins);
  const heartbeat = options.heartbeat ?? DEFAULT_HEARTBEAT;
  const io: AppServer = new Server(httpServer, {
    // Messages are small; a 64 kB cap stops one client from tying up the server.
    maxHttpBufferSize: 64 * 1024,
    pingInterval: heartbeat.intervalMs,
    pingTimeout: heartbeat.timeoutMs,
    // Writes each snapshot's state as JSON once for every screen entering (snapshot-cache.ts).
    parser: preEncodingParser,
    // Runs on the handshake of every transport (polling and WebSocket alike).
    allowRequest: (req, callback) => {
      const allowed = originAllowed(req, allowedOrigins);
      if (!allowed) log.warn({ origin: req.headers.origin }, 'socket refused: foreign origin');
      callback(null, allowed);
    },
  });
  // Every broadcast reaches the room's screens on every process, and fetchSockets and
  // serverSideEmit reach the other processes.
  if (options.cluster) {
    io.adapter(options.cluster.adapter);
  }
  // One for the whole server, so a flood spread over many connections is still one summary.
  const refusals = new RefusalLog(log);
  const scheduler = new AutoAdvanceScheduler(
    deps.service,
    (code, events) => {
      log.info({ code, seq: events.at(-1)?.seq }, 'sub-phase advanced');
      io.to(workshopRoom(code)).emit('workshop:events', { events });
    },
    deps.now,
    (code, error) => log.error({ code, err: error }, 'a sub-phase boundary could not be applied'),
  );
  // The room hears who is present once per turn, however many screens came or went in it. In a
  // cluster the screens of every process are counted, as the adapter finds them.
  const presence: PresenceTracker = new PresenceTracker(
    onceATurn((code) => {
      if (!options.cluster) {
        io.to(workshopRoom(code)).emit('presence:changed', presence.of(code));
        return;
      }
      presenceAcrossProcesses(io, code)
        .then((present) => io.to(workshopRoom(code)).emit('presence:changed', present))
        .catch((error: unknown) => log.warn({ code, err: error }, 'presence could not be counted across processes'));
    }),
  );
  // Another process changed a workshop's clock: a timer of ours for it would fire at the old
  // boundary (harmlessly: the lock decides) and miss the new one. Only workshops with a screen
  // here are asked about, so a busy cluster does not read every workshop in every process.
  io.on('workshop:committed', (code) => {
    if (io.of('/').adapter.rooms.has(workshopRoom(code))) void scheduler.reschedule(code);
  });
  const realtime: RealtimeDeps = {
    ...deps,
    log,
    io,
    presence,
    refusals,
    afterCommit: (code, events, boundary) => {
      // After every commit, not only the clock's: a timer set before the machine slept, or before
      // its clock was set, is set again from the time as it is now.
      scheduler.setTimer(code, boundary);
      if (options.cluster && movesTheClock(events)) io.serverSideEmit('workshop:committed', code);
    },
    afterEnter: (code, state) =>
      scheduler.watch(code, nextAutoAdvance(state.agenda, state.clock, state.settings.autoAdvance)?.at ?? null),
    afterDocChange: (code, kind) => {
      if (kind !== 'evaluation') return;
      pushEvaluationSummary({ io, service: deps.service, docs: deps.docs }, code).catch((error: unknown) =>
        log.error({ code, err: error }, 'the evaluation summary could not be sent'),
      );
    },
  };

  io.on('connection', (socket) => {
    const address = clientAddress(socket.handshake.address, socket.handshake.headers['x-forwarded-for']);
    const limiter = socketRateLimiter(socket, deps.limiters, address, () => {
      log.warn({ socketId: socket.id, address }, 'disconnected a socket that kept sending past its rate limit');
      socket.disconnect(true);
    });
    const context: SocketContext = { ...realtime, limiter, address };
    registerSessionHandlers(socket, context);
    registerCommandHandlers(socket, context);
    registerTimeSyncHandler(socket, context);
    registerPrivateDocHandlers(socket, context);
    registerEvaluationSummaryHandler(socket, context);
  });
  return { io, scheduler, refusals };
}
