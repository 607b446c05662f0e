import { ok, timeSyncRequestSchema } from '@common-ground/shared';
import { listen } from './pipeline.js';
import type { SocketContext } from './socket-context.js';
import type { AppSocket } from './types.js';

/** Answers "what time is it?" so every screen can estimate the server's clock. */
export function registerTimeSyncHandler(
  socket: AppSocket,
  deps: Pick<SocketContext, 'log' | 'limiter' | 'refusals' | 'now'>,
): void {
  listen(socket, 'time:sync', timeSyncRequestSchema, deps, () => ok({ serverNow: deps.now() }));
}
