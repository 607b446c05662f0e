import type { Redis } from 'ioredis';
import {
  KeyedRateLimiter,
  rateLimitersOf,
  type Allowance,
  type KeyedLimiter,
  type RateLimiters,
  type RateRule,
  type RateRules,
} from './rate-limits.js';

/**
 * The same token bucket as KeyedRateLimiter's, kept in a Redis hash and refilled in one atomic
 * script, by Redis's own clock (so processes whose clocks disagree still agree on a budget).
 * ARGV: burst, per second, 1 to take a token or 0 to look. Answers {1, 0} when a token was
 * there, or {0, ms until one is}. The hash expires once it would be full again: a person who
 * stops sending costs no memory.
 */
const TOKEN_BUCKET = `
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(saved[1]) or burst
local at = tonumber(saved[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) / 1000 * rate)
local allowed = tokens >= 1
if allowed and ARGV[3] == '1' then tokens = tokens - 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate * 1000) + 1000)
if allowed then return {1, 0} end
return {0, math.ceil((1 - tokens) / rate * 1000)}
`;

/** The script, as ioredis runs it once defined (EVALSHA, sending the text only the first time). */
interface WithTokenBucket {
  commonGroundTokenBucket(key: string, burst: number, perSecond: number, take: 0 | 1): Promise<[number, number]>;
}

function withTokenBucket(client: Redis): Redis & WithTokenBucket {
  if (!('commonGroundTokenBucket' in client)) {
    client.defineCommand('commonGroundTokenBucket', { numberOfKeys: 1, lua: TOKEN_BUCKET });
  }
  return client as Redis & WithTokenBucket;
}

/**
 * A budget kept in Redis, so every process of a cluster draws on the same one: a person whose
 * screens the load balancer spreads over three processes still has one budget, not three, and
 * the same one as on a single process (the same bucket, burst and refill).
 *
 * When Redis does not answer, a bucket in this process's memory stands in: a room keeps working
 * through a Redis hiccup, each process then holding its own share of the limits.
 */
export class RedisRateLimiter implements KeyedLimiter {
  private readonly client: Redis & WithTokenBucket;
  private readonly fallback: KeyedRateLimiter;

  constructor(
    client: Redis,
    private readonly keyPrefix: string,
    private readonly rule: RateRule,
    private readonly onFallback: (error: unknown) => void = () => undefined,
  ) {
    this.client = withTokenBucket(client);
    this.fallback = new KeyedRateLimiter(rule);
  }

  take(key: string): Promise<Allowance> {
    return this.ask(key, 1);
  }

  peek(key: string): Promise<Allowance> {
    return this.ask(key, 0);
  }

  private async ask(key: string, take: 0 | 1): Promise<Allowance> {
    try {
      const [allowed, retryAfterMs] = await this.client.commonGroundTokenBucket(
        this.keyPrefix + key,
        this.rule.burst,
        this.rule.perSecond,
        take,
      );
      return allowed === 1 ? { ok: true } : { ok: false, retryAfterMs: Math.max(1, retryAfterMs) };
    } catch (error) {
      this.onFallback(error);
      return take === 1 ? this.fallback.take(key) : this.fallback.peek(key);
    }
  }
}

/** Every limit of the server in Redis (cluster mode), the defaults replaced by `rules`. */
export function createRedisRateLimiters(
  client: Redis,
  prefix: string,
  rules: Partial<RateRules> = {},
  onFallback?: (error: unknown) => void,
): RateLimiters {
  return rateLimitersOf(
    rules,
    (name, rule) => new RedisRateLimiter(client, `${prefix}rate:${name}:`, rule, onFallback),
  );
}
