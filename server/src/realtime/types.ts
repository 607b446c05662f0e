import type { Actor, ClientToServerEvents, ServerToClientEvents } from '@common-ground/shared';
import type { Server, Socket } from 'socket.io';

/** What the server remembers about one open connection, once it has entered a workshop. */
export interface SocketData {
  code?: string;
  actor?: Actor;
}

/** What the processes of a cluster tell each other (through the Redis adapter). */
export interface InterServerEvents {
  /** A process committed a change to this workshop: the others' timers for it may be stale. */
  'workshop:committed': (code: string) => void;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export function workshopRoom(code: string): string {
  return `workshop:${code}`;
}

/** Each participant's own room, for what only they (and their pair) may see. */
export function participantRoom(code: string, participantId: string): string {
  return `workshop:${code}:participant:${participantId}`;
}

export function facilitatorRoom(code: string): string {
  return `workshop:${code}:facilitator`;
}
