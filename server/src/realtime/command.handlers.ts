import { COMMAND_TYPES, commandIdSchema, commandSchemas, fail, ok, type Command } from '@common-ground/shared';
import type { Logger } from '../logger.js';
import type { WorkshopService } from '../workshops/workshop-service.js';
import { endSessionsOfLeavers } from './end-sessions.js';
import { listen } from './pipeline.js';
import type { RateLimiter } from './rate-limiter.js';
import type { RefusalLog } from './refusal-log.js';
import { workshopRoom, type AppServer, type AppSocket } from './types.js';

export interface CommandDeps {
  io: AppServer;
  service: WorkshopService;
  log: Logger;
  limiter: RateLimiter;
  refusals: RefusalLog;
  /** Called after events were committed, so the clock's next boundary can be rescheduled. */
  afterCommit: (code: string) => void;
}

/**
 * Every domain command goes through the same steps: validate, check the session, decide,
 * persist (inside the service), acknowledge, then broadcast the events to the whole room,
 * the sender included, so every screen applies changes through the same path.
 */
export function registerCommandHandlers(socket: AppSocket, deps: CommandDeps): void {
  for (const type of COMMAND_TYPES) {
    const schema = commandSchemas[type].extend({ commandId: commandIdSchema });
    listen(socket, type, schema, deps, ({ message, log }) => {
      const { code, actor } = socket.data;
      if (!code || !actor) return fail('not_in_session', 'Open the workshop again before making changes.');
      const { commandId, ...payload } = message;
      const command = { type, ...payload } as Command;
      // A boundary can pass before its timer fires; screens already show the next sub-phase,
      // so apply it first and the command acts on that, not on the one that just ended.
      const due = deps.service.advanceDue(code);
      if (due.length > 0) {
        deps.io.to(workshopRoom(code)).emit('workshop:events', { events: due });
        deps.afterCommit(code);
      }
      const result = deps.service.execute(code, actor, command, commandId);
      if (!result.ok) return result;
      if (result.data.events.length > 0) {
        deps.io.to(workshopRoom(code)).emit('workshop:events', { events: result.data.events });
        endSessionsOfLeavers(deps.io, code, actor, result.data.events);
        deps.afterCommit(code);
      }
      log.debug({ type, seq: result.data.data.seq, replayed: result.data.replayed }, 'command applied');
      return ok(result.data.data);
    });
  }
}
