import {
  canUseNotebook,
  changeNotebook,
  fail,
  notebookChangeMessageSchema,
  notebookListSchema,
  notebookOpenSchema,
  ok,
  pairOf,
  type Actor,
  type Result,
  type WorkshopState,
  entryOf,
} from '@common-ground/shared';
import type { WorkshopService } from '../workshops/workshop-service.js';
import { currentSession } from './current-session.js';
import { listen } from './pipeline.js';
import type { SocketContext } from './socket-context.js';
import { facilitatorRoom, participantRoom, type AppSocket } from './types.js';

type NotebookDeps = Pick<SocketContext, 'io' | 'service' | 'notebooks' | 'log' | 'limiter' | 'refusals' | 'now'>;

/**
 * The pair notebook travels on its own private channel: read and written only by the pair's
 * members and the facilitator, saved before it is acknowledged, and sent to their screens alone.
 */
export function registerNotebookHandlers(socket: AppSocket, deps: NotebookDeps): void {
  listen(socket, 'notebook:open', notebookOpenSchema, deps, ({ message }) => {
    const access = resolve(socket, deps.service, message.pairId);
    if (!access.ok) return access;
    return ok(deps.notebooks.get(access.data.code, access.data.pairId));
  });

  listen(socket, 'notebook:list', notebookListSchema, deps, () => {
    const session = currentSession(socket, deps.service);
    if (!session.ok) return session;
    const { code, actor, state } = session.data;
    if (actor.kind !== 'facilitator') return fail('forbidden', 'Only the facilitator sees every pair’s notebook.');
    return ok(Object.keys(state.pairs).map((pairId) => deps.notebooks.get(code, pairId)));
  });

  listen(socket, 'notebook:change', notebookChangeMessageSchema, deps, ({ message }) => {
    const access = resolve(socket, deps.service, message.pairId);
    if (!access.ok) return access;
    const { code, pairId, actor, state } = access.data;
    const authorId = actor.kind === 'participant' ? actor.participantId : null;
    const changed = changeNotebook(deps.notebooks.get(code, pairId), message.change, { authorId, now: deps.now() });
    if (!changed.ok) return changed;
    deps.notebooks.save(code, changed.data);
    const members = entryOf(state.pairs, pairId)?.memberIds ?? [];
    deps.io
      .to([facilitatorRoom(code), ...members.map((id) => participantRoom(code, id))])
      .emit('notebook:changed', { notebook: changed.data });
    return ok(changed.data);
  });
}

function resolve(
  socket: AppSocket,
  service: WorkshopService,
  requestedPairId: string | undefined,
): Result<{ code: string; pairId: string; actor: Actor; state: WorkshopState }> {
  const session = currentSession(socket, service);
  if (!session.ok) return session;
  const { code, actor, state } = session.data;
  const pairId =
    requestedPairId ?? (actor.kind === 'participant' ? pairOf(state.pairs, actor.participantId)?.id : undefined);
  if (!pairId) return fail('not_found', 'You are not in a pair yet.');
  if (!canUseNotebook(state, actor, pairId)) {
    return fail('forbidden', 'A pair’s notebook is only for that pair and the facilitator.');
  }
  return ok({ code, pairId, actor, state });
}
