import type { Actor, ClientToServerEvents, ServerToClientEvents } from '@common-ground/shared';
import type { Server, Socket } from 'socket.io';

/** What the server remembers about one open connection, once it has entered a workshop. */
export interface SocketData {
  code?: string;
  actor?: Actor;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

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
