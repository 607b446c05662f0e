import type { ClientToServerEvents, ServerToClientEvents } from '@common-ground/shared';
import { io, type Socket } from 'socket.io-client';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One socket per open workshop page, outside React. It reconnects by itself forever, backing
 * off up to five seconds, because a church-basement wifi drops and comes back.
 */
export function createSocket(url?: string): ClientSocket {
  const options = { autoConnect: false, reconnectionDelayMax: 5000 };
  return url ? io(url, options) : io(options);
}
