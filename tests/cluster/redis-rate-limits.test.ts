import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KeyedRateLimiter } from '../../server/src/security/rate-limits.js';
import { RedisRateLimiter } from '../../server/src/security/redis-rate-limits.js';
import { freshCluster, type FreshCluster } from './isolation.js';

let cluster: FreshCluster;
const clients: Redis[] = [];

beforeAll(async () => {
  cluster = await freshCluster('rate limits');
});
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});
afterAll(async () => {
  await cluster?.drop();
});

/** A process's connection to the test's Redis. */
function connection(url = cluster.redisUrl): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
  client.on('error', () => undefined);
  clients.push(client);
  return client;
}

const RULE = { burst: 5, perSecond: 2 };

describe('a rate limit kept in Redis', () => {
  it('gives two processes one budget: the burst, then a wait as long as the refill takes', async () => {
    const prefix = `${cluster.redisPrefix}one:`;
    const [a, b] = [new RedisRateLimiter(connection(), prefix, RULE), new RedisRateLimiter(connection(), prefix, RULE)];
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await (i % 2 ? a : b).take('person'));
    expect(answers.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => ({ ok: true })));
    const refused = answers[5];
    expect(refused?.ok).toBe(false);
    // Half a second per token at two a second (less the few milliseconds the calls took).
    if (refused && !refused.ok) expect(refused.retryAfterMs).toBeGreaterThan(400);
    // Another person's budget is untouched.
    expect(await a.take('someone else')).toEqual({ ok: true });
  });

  it('judges a pace as the in-memory bucket does: a look takes nothing', async () => {
    const prefix = `${cluster.redisPrefix}peek:`;
    const shared = new RedisRateLimiter(connection(), prefix, RULE);
    const alone = new KeyedRateLimiter(RULE);
    for (let i = 0; i < 5; i += 1) {
      expect(await shared.peek('person')).toEqual(await alone.peek('person'));
      expect(await shared.take('person')).toEqual(await alone.take('person'));
    }
    expect((await shared.peek('person')).ok).toBe(false);
    expect((await alone.peek('person')).ok).toBe(false);
  });

  it('counts in memory while Redis does not answer, and says so', async () => {
    const unreachable = connection('redis://127.0.0.1:1');
    const failures: unknown[] = [];
    const limiter = new RedisRateLimiter(unreachable, `${cluster.redisPrefix}down:`, RULE, (error) =>
      failures.push(error),
    );
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push((await limiter.take('person')).ok);
    expect(answers).toEqual([true, true, true, true, true, false]);
    expect(failures.length).toBe(6);
  });
});
