import { fail, isInWorkshop, ok, type Actor, type Result, type WorkshopState } from '@common-ground/shared';
import type { WorkshopService } from '../workshops/workshop-service.js';
import type { AppSocket } from './types.js';

export interface Session {
  code: string;
  actor: Actor;
  state: WorkshopState;
}

/**
 * Who this socket speaks for, checked against the workshop as it is now: every handler starts
 * here, so a participant who left or was removed is refused by all of them, even in the moment
 * before their screens are disconnected.
 */
export async function currentSession(socket: AppSocket, service: WorkshopService): Promise<Result<Session>> {
  const { code, actor } = socket.data;
  const state = code ? await service.get(code) : undefined;
  if (!code || !actor || !state) return fail('not_in_session', 'session.notOpen');
  if (!isInWorkshop(state, actor)) return fail('forbidden', 'session.left');
  return ok({ code, actor, state });
}
