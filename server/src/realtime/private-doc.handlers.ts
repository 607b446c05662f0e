import { docChangeSchema, docListSchema, docOpenSchema, ok } from '@common-ground/shared';
import { currentSession } from './current-session.js';
import { listen } from './pipeline.js';
import type { SocketContext } from './socket-context.js';
import { facilitatorRoom, participantRoom, type AppSocket } from './types.js';

export type PrivateDocDeps = Pick<
  SocketContext,
  'io' | 'service' | 'docs' | 'log' | 'limiter' | 'refusals' | 'afterDocChange'
>;

/**
 * Every private document, of every kind, takes this one road: the session first, then the kind's
 * own rules in shared, stored with its command id before it is acknowledged, and sent, with its
 * version, to its audience's private rooms alone.
 */
export function registerPrivateDocHandlers(socket: AppSocket, deps: PrivateDocDeps): void {
  listen(socket, 'doc:open', docOpenSchema, deps, async ({ message }) => {
    const session = await currentSession(socket, deps.service);
    if (!session.ok) return session;
    return deps.docs.open(session.data.code, session.data.actor, message.kind, message.key);
  });

  listen(socket, 'doc:list', docListSchema, deps, async ({ message }) => {
    const session = await currentSession(socket, deps.service);
    if (!session.ok) return session;
    return deps.docs.list(session.data.code, session.data.actor, message.kind);
  });

  listen(socket, 'doc:change', docChangeSchema, deps, async ({ message }) => {
    const session = await currentSession(socket, deps.service);
    if (!session.ok) return session;
    const { code, actor } = session.data;
    const result = await deps.docs.change(code, actor, message);
    if (!result.ok) return result;
    const { envelope, audience, changed } = result.data;
    if (changed) {
      deps.io
        .to([facilitatorRoom(code), ...audience.map((id) => participantRoom(code, id))])
        .emit('doc:changed', envelope);
      deps.afterDocChange(code, envelope.kind);
    }
    return ok(envelope);
  });
}
