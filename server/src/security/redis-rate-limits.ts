import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import {
  rateLimitersOf,
  type Allowance,
  type KeyedLimiter,
  type RateLimiters,
  type RateRule,
  type RateRules,
} from './rate-limits.js';

/**
 * A budget kept in Redis, so every process of a cluster draws on the same one: a person whose
 * screens the load balancer spreads over three processes still has one budget, not three.
 *
 * rate-limiter-flexible counts per fixed window; a rule's burst becomes the window's points and
 * the window lasts as long as the rule takes to refill a whole burst, so the sustained rate is
 * the rule's. When Redis does not answer, a budget in this process's memory stands in (the
 * library's insurance limiter): a room keeps working through a Redis hiccup, each process then
 * holding its own share of the limits.
 */
export class RedisRateLimiter implements KeyedLimiter {
  private readonly limiter: RateLimiterRedis;

  constructor(client: Redis, keyPrefix: string, rule: RateRule) {
    const window = { points: rule.burst, duration: Math.max(1, Math.ceil(rule.burst / rule.perSecond)) };
    this.limiter = new RateLimiterRedis({
      storeClient: client,
      keyPrefix,
      ...window,
      insuranceLimiter: new RateLimiterMemory(window),
    });
  }

  async take(key: string): Promise<Allowance> {
    try {
      await this.limiter.consume(key);
      return { ok: true };
    } catch (refused) {
      // The library rejects with its result when the budget is spent, and with an Error otherwise.
      if (refused instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, refused.msBeforeNext) };
      throw refused;
    }
  }

  async peek(key: string): Promise<Allowance> {
    const spent = await this.limiter.get(key);
    if (!spent || spent.consumedPoints < this.limiter.points) return { ok: true };
    return { ok: false, retryAfterMs: Math.max(1, spent.msBeforeNext) };
  }
}

/** Every limit of the server in Redis (cluster mode), the defaults replaced by `rules`. */
export function createRedisRateLimiters(client: Redis, prefix: string, rules: Partial<RateRules> = {}): RateLimiters {
  return rateLimitersOf(rules, (name, rule) => new RedisRateLimiter(client, `${prefix}rate:${name}`, rule));
}
