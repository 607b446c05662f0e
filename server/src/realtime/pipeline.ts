import {
  fail,
  rateLimited,
  refuseInput,
  type AnswerOf,
  type ClientEvent,
  type MessageOf,
  type Result,
} from '@common-ground/shared';
import type { z } from 'zod/mini';
import type { Logger } from '../logger.js';
import type { SocketContext } from './socket-context.js';
import type { AppSocket } from './types.js';

export interface HandlerContext<T> {
  socket: AppSocket;
  message: T;
  log: Logger;
}

/**
 * A schema for `event`'s message: whatever it parses to must be the message the event map
 * declares, so a schema and its event cannot drift apart unnoticed.
 */
export type MessageSchema<E extends ClientEvent> = z.ZodMiniType<MessageOf<E>>;

/**
 * What answers one event: the parsed message in, the event's own answer type out. A handler
 * that changed something answers with a promise, once the change is on disk.
 */
export type Handler<E extends ClientEvent, S extends MessageSchema<E>> = (
  ctx: HandlerContext<z.output<S>>,
) => Result<AnswerOf<E>> | Promise<Result<AnswerOf<E>>>;

/**
 * The one path every incoming message takes: rate-limit, validate with the shared schema,
 * run the handler, acknowledge with a readable result, and turn any surprise into `internal`
 * (logged, never leaked). Payloads are untrusted until `safeParse` says otherwise.
 *
 * The event name, its message and its answer are all checked against `ClientToServerEvents`:
 * a misspelled event, a schema that parses to another message, or a handler that answers with
 * another type does not compile.
 */
export function listen<E extends ClientEvent, S extends MessageSchema<E>>(
  socket: AppSocket,
  event: E,
  schema: S,
  deps: Pick<SocketContext, 'log' | 'limiter' | 'refusals'>,
  handler: Handler<E, S>,
): void {
  // The arguments are whatever the sender put on the wire, typed or not: the listener takes
  // them as unknown and trusts nothing before `safeParse`. Listening as any `ClientEvent` (not
  // the generic `E`) lets socket.io check that such a listener fits every event's signature.
  socket.on<ClientEvent>(event, (...args: unknown[]) => {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (result: Result<AnswerOf<E>>) => void) : () => undefined;
    const log = deps.log.child({ event, socketId: socket.id, code: socket.data.code });
    const answer = (result: Result<AnswerOf<E>>): void => {
      if (!result.ok) deps.refusals.record(event, result.error, { socketId: socket.id, code: socket.data.code });
      ack(result);
    };
    void handle(args[0]).catch(unexpected).then(answer);

    async function handle(raw: unknown): Promise<Result<AnswerOf<E>>> {
      const allowance = await deps.limiter.take();
      if (!allowance.ok) return rateLimited(allowance.retryAfterMs);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return refuseInput(parsed.error);
      return handler({ socket, message: parsed.data, log });
    }

    function unexpected(error: unknown): Result<never> {
      log.error({ err: error }, 'handler failed');
      return fail('internal', 'server.unexpected');
    }
  });
}
