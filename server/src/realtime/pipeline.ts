import { fail, rateLimited, type Result } from '@common-ground/shared';
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import type { RateLimiter } from './rate-limiter.js';
import type { RefusalLog } from './refusal-log.js';
import type { AppSocket } from './types.js';

type AckFn = (result: Result<unknown>) => void;

export interface HandlerContext<T> {
  socket: AppSocket;
  message: T;
  log: Logger;
}

/**
 * The one path every incoming message takes: rate-limit, validate with the shared schema,
 * run the handler, acknowledge with a readable result, and turn any surprise into `internal`
 * (logged, never leaked). Payloads are untrusted until `safeParse` says otherwise.
 */
export function listen<S extends z.ZodType>(
  socket: AppSocket,
  event: string,
  schema: S,
  deps: { log: Logger; limiter: RateLimiter; refusals: RefusalLog },
  handler: (ctx: HandlerContext<z.infer<S>>) => Result<unknown>,
): void {
  const untyped = socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void };
  untyped.on(event, (...args: unknown[]) => {
    const last = args[args.length - 1];
    const ack: AckFn = typeof last === 'function' ? (last as AckFn) : () => undefined;
    const log = deps.log.child({ event, socketId: socket.id, code: socket.data.code });
    const result = handle(args[0]);
    if (!result.ok) deps.refusals.record(event, result.error, { socketId: socket.id, code: socket.data.code });
    ack(result);

    function handle(raw: unknown): Result<unknown> {
      const allowance = deps.limiter.take();
      if (!allowance.ok) return rateLimited(allowance.retryAfterMs);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        return fail('invalid_input', `That message was not understood (${where}${issue?.message ?? 'invalid'}).`);
      }
      try {
        return handler({ socket, message: parsed.data, log });
      } catch (error) {
        log.error({ err: error }, 'handler failed');
        return fail('internal', 'Something went wrong on the server. Please try again.');
      }
    }
  });
}
