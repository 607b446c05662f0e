import {
  canUseFollowUp,
  changeFollowUp,
  fail,
  followUpChangeMessageSchema,
  followUpOpenSchema,
  ok,
  type Actor,
  type Result,
} from '@common-ground/shared';
import type { WorkshopService } from '../workshops/workshop-service.js';
import { currentSession } from './current-session.js';
import { listen } from './pipeline.js';
import type { SocketContext } from './socket-context.js';
import { facilitatorRoom, participantRoom, type AppSocket } from './types.js';

type FollowUpDeps = Pick<SocketContext, 'io' | 'service' | 'followUps' | 'log' | 'limiter' | 'refusals' | 'now'>;

/**
 * A participant's follow-up travels on its own private channel, like the pair notebook: read and
 * written only by that person and the facilitator, saved before it is acknowledged, and sent to
 * their screens alone.
 */
export function registerFollowUpHandlers(socket: AppSocket, deps: FollowUpDeps): void {
  listen(socket, 'followup:open', followUpOpenSchema, deps, ({ message }) => {
    const access = resolve(socket, deps.service, message.participantId);
    if (!access.ok) return access;
    return ok(deps.followUps.get(access.data.code, access.data.participantId));
  });

  listen(socket, 'followup:change', followUpChangeMessageSchema, deps, ({ message }) => {
    const access = resolve(socket, deps.service, message.participantId);
    if (!access.ok) return access;
    const { code, participantId, actor } = access.data;
    const current = deps.followUps.get(code, participantId);
    const changed = changeFollowUp(current, message.change, { actor, now: deps.now() });
    if (!changed.ok || changed.data === current) return changed;
    deps.followUps.save(code, changed.data);
    deps.io
      .to([facilitatorRoom(code), participantRoom(code, participantId)])
      .emit('followup:changed', { followUp: changed.data });
    return ok(changed.data);
  });
}

function resolve(
  socket: AppSocket,
  service: WorkshopService,
  requested: string | undefined,
): Result<{ code: string; participantId: string; actor: Actor }> {
  const session = currentSession(socket, service);
  if (!session.ok) return session;
  const { code, actor, state } = session.data;
  const participantId = requested ?? (actor.kind === 'participant' ? actor.participantId : undefined);
  if (!participantId) return fail('invalid_input', 'Name the participant.');
  if (!canUseFollowUp(state, actor, participantId)) {
    return fail('forbidden', 'A follow-up is only for that participant and the facilitator.');
  }
  return ok({ code, participantId, actor });
}
