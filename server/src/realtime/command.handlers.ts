import {
  COMMAND_TYPES,
  commandIdSchema,
  commandSchemas,
  fail,
  ok,
  type Command,
  type CommandType,
} from '@common-ground/shared';
import { z } from 'zod/mini';
import { endSessionsOfLeavers } from './end-sessions.js';
import { listen, type MessageSchema } from './pipeline.js';
import type { SocketContext } from './socket-context.js';
import { workshopRoom, type AppSocket } from './types.js';

type CommandDeps = Pick<SocketContext, 'io' | 'service' | 'log' | 'limiter' | 'refusals' | 'afterCommit'>;

/**
 * Each command's schema with the id that makes a retry harmless, keyed by its event: a mapped
 * type, so `commandMessageSchemas[type]` parses to exactly that event's declared message.
 */
type CommandMessageSchemas = { [K in CommandType]: MessageSchema<K> };

/** What `.extend({ commandId })` makes of a command's schema. */
type WithCommandId<S> =
  S extends z.ZodMiniObject<infer Shape> ? z.ZodMiniObject<Shape & { commandId: typeof commandIdSchema }> : never;

/** The same, key by key. */
type ExtendedCommandSchemas = { [K in CommandType]: WithCommandId<(typeof commandSchemas)[K]> };

/**
 * The one cast of the socket boundary, and a narrow one: Object.fromEntries cannot keep each
 * key's own type, so it is told what `.extend` made. Assigning that to `CommandMessageSchemas`
 * is then checked by TypeScript for every command against `ClientToServerEvents`.
 */
const commandMessageSchemas: CommandMessageSchemas = Object.fromEntries(
  COMMAND_TYPES.map((type) => [type, z.extend(commandSchemas[type], { commandId: commandIdSchema })]),
) as ExtendedCommandSchemas;

/**
 * Every domain command goes through the same steps: validate, check the session, decide,
 * persist (inside the service), acknowledge, then broadcast the events to the whole room,
 * the sender included, so every screen applies changes through the same path.
 *
 * `type` is the union `CommandType`, not a generic: every command is answered with the same
 * `CommandAccepted`, which the union keeps and a generic `K` would leave unresolved.
 */
export function registerCommandHandlers(socket: AppSocket, deps: CommandDeps): void {
  for (const type of COMMAND_TYPES) {
    listen(socket, type, commandMessageSchemas[type], deps, async ({ message, log }) => {
      const { code, actor } = socket.data;
      if (!code || !actor) return fail('not_in_session', 'session.notOpen');
      const { commandId, ...payload } = message;
      // `type` and `message` are both unions here, so TypeScript cannot tell they belong together;
      // they do, since this message was parsed by `type`'s own schema.
      const command = { type, ...payload } as Command;
      // A boundary can pass before its timer fires; screens already show the next sub-phase, so
      // the service applies it first and the command acts on that, not on the one that just
      // ended. Both are on disk when this resolves: nobody hears of either before.
      const { due, result, boundary } = await deps.service.execute(code, actor, command, commandId);
      if (due.length > 0) deps.io.to(workshopRoom(code)).emit('workshop:events', { events: due });
      const events = result.ok ? result.data.events : [];
      if (events.length > 0) {
        deps.io.to(workshopRoom(code)).emit('workshop:events', { events });
        endSessionsOfLeavers(deps.io, code, actor, events);
      }
      if (due.length + events.length > 0) deps.afterCommit(code, [...due, ...events], boundary);
      if (!result.ok) return result;
      log.debug({ type, seq: result.data.data.seq, replayed: result.data.replayed }, 'command applied');
      return ok(result.data.data);
    });
  }
}
