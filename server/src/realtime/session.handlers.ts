import {
  fail,
  ok,
  rateLimited,
  sessionJoinSchema,
  sessionResumeSchema,
  type Actor,
  type Result,
  type SessionSnapshot,
} from '@common-ground/shared';
import { listen } from './pipeline.js';
import { encodedState } from './snapshot-cache.js';
import type { SocketContext } from './socket-context.js';
import { facilitatorRoom, participantRoom, workshopRoom, type AppSocket } from './types.js';
import { codeLookups } from '../security/code-lookups.js';

type SessionDeps = Pick<
  SocketContext,
  'io' | 'service' | 'presence' | 'log' | 'limiter' | 'limiters' | 'address' | 'refusals' | 'afterEnter'
>;

/** Entering a workshop: as a new participant (join) or as someone it already knows (resume). */
export function registerSessionHandlers(socket: AppSocket, deps: SessionDeps): void {
  const { io, service, presence } = deps;

  const codes = codeLookups(deps.limiters, deps.address);

  listen(socket, 'session:join', sessionJoinSchema, deps, async ({ message, log }) => {
    const known = await codes.check((await service.get(message.code)) !== undefined);
    if (!known.ok) return known;
    const joining = await deps.limiters.joins.take(deps.address);
    if (!joining.ok) return rateLimited(joining.retryAfterMs);
    // Resolves once on disk: nobody hears of the new participant, themselves included, before.
    const joined = await service.join(message.code, message.name, message.token, message.commandId);
    if (!joined.ok) return joined;
    const { participantId } = joined.data.data;
    log.info({ participantId, replayed: joined.data.replayed }, 'participant joined');
    // Everyone hears of the new participant before their presence, so no screen shows
    // someone online that it does not know yet; the joiner gets it all in its snapshot.
    if (joined.data.events.length > 0) {
      io.to(workshopRoom(message.code)).emit('workshop:events', { events: joined.data.events });
    }
    return enter(message.code, { kind: 'participant', participantId });
  });

  listen(socket, 'session:resume', sessionResumeSchema, deps, async ({ message }) => {
    const { code, credential } = message;
    const known = await codes.check((await service.get(code)) !== undefined);
    if (!known.ok) return known;
    const actor = await service.authenticate(code, credential);
    if (!actor.ok) return actor;
    // Only the facilitator's snapshot carries the projector key, for the link on their screen.
    const projectorToken =
      credential.kind === 'facilitator' ? await service.projectorKey(code, credential.token) : undefined;
    return enter(code, actor.data, projectorToken);
  });

  socket.on('disconnect', () => leaveCurrent());

  /**
   * Puts this socket in the workshop's room and answers with everything it needs to draw. The
   * room first, the state after: a change committed in between (here or in another process)
   * then reaches this screen as an event, and one already in the state is ignored by its seq.
   */
  async function enter(code: string, actor: Actor, projectorToken?: string): Promise<Result<SessionSnapshot>> {
    leaveCurrent();
    // Gone while its credential was being checked: there is nobody left to enter.
    if (socket.disconnected) return fail('not_in_session', 'session.notOpen');
    socket.data.code = code;
    socket.data.actor = actor;
    presence.arrive(code, actor);
    // A workshop with a screen in it stays in memory (the screen's socket holds its room).
    service.hold(code);
    await socket.join(privateRooms(code, actor));
    const current = await service.get(code);
    if (!current) throw new Error(`workshop ${code} vanished while entering`);
    deps.afterEnter(code, current);
    // The same for every screen in the workshop: written as JSON once per change, not per screen.
    const state = encodedState(current).asSent();
    return ok(projectorToken ? { identity: actor, state, projectorToken } : { identity: actor, state });
  }

  function leaveCurrent(): void {
    const { code, actor } = socket.data;
    if (!code || !actor) return;
    socket.data.code = undefined;
    socket.data.actor = undefined;
    for (const room of privateRooms(code, actor)) void socket.leave(room);
    presence.leave(code, actor);
    service.release(code);
  }
}

/** The rooms a screen belongs to: the workshop's, and its own private one. */
function privateRooms(code: string, actor: Actor): string[] {
  if (actor.kind === 'facilitator') return [workshopRoom(code), facilitatorRoom(code)];
  if (actor.kind === 'participant') return [workshopRoom(code), participantRoom(code, actor.participantId)];
  return [workshopRoom(code)];
}
