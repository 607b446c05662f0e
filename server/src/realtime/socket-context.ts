import type { SequencedEvent, WorkshopState } from '@common-ground/shared';
import type { ServerDeps } from '../server-deps.js';
import type { PresenceTracker } from './presence.js';
import type { RateLimiter } from './rate-limiter.js';
import type { RefusalLog } from './refusal-log.js';
import type { AppServer } from './types.js';

/** What the socket server adds to the server's dependencies, one of each for every connection. */
export interface RealtimeDeps extends ServerDeps {
  io: AppServer;
  presence: PresenceTracker;
  /** One for the whole server, so a flood spread over many connections is still one summary. */
  refusals: RefusalLog;
  /** Called after events were committed, with the clock's next boundary as it now stands, for its timer. */
  afterCommit: (code: string, events: readonly SequencedEvent[], boundary: number | null) => void;
  /** Called when a screen entered a workshop: its clock's next boundary must have a timer here. */
  afterEnter: (code: string, state: WorkshopState) => void;
  /** Called after a private document of `kind` changed, for what is derived from it (the evaluation summary). */
  afterDocChange: (code: string, kind: string) => void;
}

/**
 * Everything a connection's handlers may use: the server's dependencies and what this one
 * connection adds. Built once per connection in socket-server.ts; each handler takes the
 * `Pick` it needs.
 */
export interface SocketContext extends RealtimeDeps {
  /** This connection's share of its person's and its address's message budgets. */
  limiter: RateLimiter;
  /** The address this socket came from, for the per-address limits on joining and guessing codes. */
  address: string;
}
