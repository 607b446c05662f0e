import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from '../logger.js';
import type { WorkshopService } from '../workshops/workshop-service.js';
import { registerCommandHandlers } from './command.handlers.js';
import { PresenceTracker } from './presence.js';
import { RateLimiter } from './rate-limiter.js';
import { registerSessionHandlers } from './session.handlers.js';
import type { AppServer } from './types.js';

/** Attaches socket.io to the HTTP server and gives every connection the same handlers. */
export function createSocketServer(httpServer: HttpServer, deps: { service: WorkshopService; log: Logger }): AppServer {
  const io: AppServer = new Server(httpServer, {
    // Messages are small; a 64 kB cap stops one client from tying up the server.
    maxHttpBufferSize: 64 * 1024,
  });
  const presence = new PresenceTracker();
  const log = deps.log.child({ component: 'realtime' });

  io.on('connection', (socket) => {
    const limiter = new RateLimiter();
    const handlerDeps = { io, service: deps.service, presence, log, limiter };
    registerSessionHandlers(socket, handlerDeps);
    registerCommandHandlers(socket, handlerDeps);
  });
  return io;
}
