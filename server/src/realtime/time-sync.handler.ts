import { ok, timeSyncRequestSchema } from '@common-ground/shared';
import type { Logger } from '../logger.js';
import { listen } from './pipeline.js';
import type { RateLimiter } from './rate-limiter.js';
import type { RefusalLog } from './refusal-log.js';
import type { AppSocket } from './types.js';

/** Answers "what time is it?" so every screen can estimate the server's clock. */
export function registerTimeSyncHandler(
  socket: AppSocket,
  deps: { log: Logger; limiter: RateLimiter; refusals: RefusalLog; now: () => number },
): void {
  listen(socket, 'time:sync', timeSyncRequestSchema, deps, () => ok({ serverNow: deps.now() }));
}
