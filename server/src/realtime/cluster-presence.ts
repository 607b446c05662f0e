import type { Actor, Presence } from '@common-ground/shared';
import { workshopRoom, type AppServer } from './types.js';

/**
 * Who is present, counted over every process of a cluster: the screens in the workshop's room as
 * socket.io's Redis adapter finds them on each process (`fetchSockets`), each known by the actor
 * its process stored when it entered. Nothing is kept here, so nothing goes stale when a process
 * dies: its screens simply stop being found, and reconnect elsewhere.
 */
export async function presenceAcrossProcesses(io: AppServer, code: string): Promise<Presence> {
  const sockets = await io.in(workshopRoom(code)).fetchSockets();
  const actors = sockets
    .filter((socket) => socket.data.code === code)
    .map((socket) => socket.data.actor)
    .filter((actor): actor is Actor => actor !== undefined);
  const participantIds = new Set<string>();
  for (const actor of actors) if (actor.kind === 'participant') participantIds.add(actor.participantId);
  return {
    participantIds: [...participantIds],
    facilitator: actors.some((actor) => actor.kind === 'facilitator'),
    projectors: actors.filter((actor) => actor.kind === 'projector').length,
  };
}
