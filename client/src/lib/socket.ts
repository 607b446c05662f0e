import type { ClientToServerEvents, ServerToClientEvents } from '@common-ground/shared';
import { io, type Socket } from 'socket.io-client';
import { watchLink } from './link-watch';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One socket per open workshop page, outside React. It reconnects by itself forever, because a
 * church-basement wifi drops and comes back: the first retry comes almost at once and later ones
 * back off only to two seconds, so a link that flaps is used in every window it is up. An attempt
 * that hears nothing for five seconds is given up and made again.
 */
export function createSocket(url?: string): ClientSocket {
  const options = {
    autoConnect: false,
    reconnectionDelay: 250,
    reconnectionDelayMax: 2000,
    timeout: 5000,
  };
  const socket: ClientSocket = url ? io(url, options) : io(options);
  watchLink(socket);
  return socket;
}
