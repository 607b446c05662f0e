import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import type { ClusterLink } from '../realtime/socket-server.js';

/** The cluster's Redis connections, and how to close them. */
export interface RedisLink extends ClusterLink {
  close(): Promise<void>;
}

/**
 * Opens the two connections cluster mode needs: one to publish (and run the rate limiters'
 * scripts), one to subscribe. Both must answer before the server starts listening, so a wrong
 * REDIS_URL stops the start with a plain message instead of a server that cannot broadcast.
 * After that, ioredis reconnects by itself; a command during an outage waits (a rate limit then
 * falls back to memory, see RedisRateLimiter).
 */
export async function connectRedis(url: string, prefix: string, log: Logger): Promise<RedisLink> {
  const pubClient = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const subClient = pubClient.duplicate();
  for (const [role, client] of [
    ['publish', pubClient],
    ['subscribe', subClient],
  ] as const) {
    client.on('error', (error: Error) => log.warn({ role, err: error.message }, 'redis connection trouble'));
  }
  try {
    await Promise.all([pubClient.connect(), subClient.connect()]);
  } catch (error) {
    pubClient.disconnect();
    subClient.disconnect();
    throw new Error(`Redis at REDIS_URL did not answer (${(error as Error).message}): is it running?`);
  }
  return {
    pubClient,
    subClient,
    prefix,
    adapter: createAdapter(pubClient, subClient, { key: `${prefix}socket.io` }),
    close: async () => {
      await Promise.allSettled([pubClient.quit(), subClient.quit()]);
    },
  };
}
