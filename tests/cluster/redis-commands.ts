import { Redis } from 'ioredis';

/**
 * Runs a few commands on a fresh connection to `url` and closes it: what the test setup needs
 * to probe Redis and clean up after a test file. A Redis that does not answer is an error at
 * once, not a client that keeps retrying.
 */
export async function redisCommands(url: string, commands: Array<[string, ...string[]]>): Promise<unknown[]> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // Errors surface through the awaited calls below; this only keeps ioredis from logging them.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const replies: unknown[] = [];
    for (const [command, ...args] of commands) replies.push(await client.call(command, ...args));
    return replies;
  } finally {
    client.disconnect();
  }
}
