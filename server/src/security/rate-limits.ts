/** How much of something a key may do: a burst of `burst`, refilled at `perSecond`. */
export interface RateRule {
  burst: number;
  perSecond: number;
}

export type Allowance = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * A budget by key: a person, an address. Every socket and request of the same person draws from
 * one budget, so opening more connections buys no more. Kept in this process's memory (one
 * process, KeyedRateLimiter) or in Redis, shared by every process of a cluster (RedisRateLimiter).
 */
export interface KeyedLimiter {
  /** Takes one from `key`'s budget, or says how long until there is one. */
  take(key: string): Promise<Allowance>;
  /** Whether `key` has budget left, without taking any (for limits that count only failures). */
  peek(key: string): Promise<Allowance>;
}

/**
 * Token buckets in memory. Buckets that have filled up again are forgotten, so a flood of
 * distinct keys cannot grow memory for ever.
 */
export class KeyedRateLimiter implements KeyedLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private takesSinceSweep = 0;

  constructor(
    private readonly rule: RateRule,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): Promise<Allowance> {
    const bucket = this.refilled(key);
    this.sweepNowAndThen();
    const allowance = this.allowanceOf(bucket);
    if (allowance.ok) bucket.tokens -= 1;
    return Promise.resolve(allowance);
  }

  peek(key: string): Promise<Allowance> {
    return Promise.resolve(this.allowanceOf(this.refilled(key)));
  }

  /** A token is there, or how long until the bucket refills to one. */
  private allowanceOf(bucket: { tokens: number }): Allowance {
    if (bucket.tokens >= 1) return { ok: true };
    return { ok: false, retryAfterMs: Math.ceil(((1 - bucket.tokens) / this.rule.perSecond) * 1000) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string): { tokens: number; at: number } {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.rule.burst, at: now };
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rule.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }

  private sweepNowAndThen(): void {
    this.takesSinceSweep += 1;
    if (this.takesSinceSweep < 1000) return;
    this.takesSinceSweep = 0;
    const now = this.now();
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.rule.perSecond >= this.rule.burst) this.buckets.delete(key);
    }
  }
}

/**
 * Every limit on what a person or an address may send. A room often shares one address (a hall's
 * wifi behind one router), so the address budgets hold a whole room at its busiest; the person
 * budgets hold one fast typist with a burst of retries after a reconnect.
 */
export const DEFAULT_RATE_RULES = {
  /** Socket messages of one person (every screen of theirs together). */
  personMessages: { burst: 30, perSecond: 10 },
  /** Socket messages from one address, every person on it together. */
  addressMessages: { burst: 600, perSecond: 200 },
  /** Messages refused for the rate, per socket: past this, the socket is disconnected. */
  refusals: { burst: 200, perSecond: 20 },
  /** New participants joining from one address. */
  joins: { burst: 60, perSecond: 1 },
  /** Codes asked for that do not exist, from one address: guessing a code is hopeless. */
  codeMisses: { burst: 30, perSecond: 0.2 },
  /** Workshops created from one address. */
  creates: { burst: 20, perSecond: 1 / 60 },
  /** Records imported from one address (each can be large). */
  imports: { burst: 5, perSecond: 1 / 120 },
  /** A workshop's summary (the join page asks for it), from one address. */
  summaries: { burst: 120, perSecond: 2 },
  /** Exports, by one person and from one address. */
  exports: { burst: 20, perSecond: 1 / 3 },
} satisfies Record<string, RateRule>;

export type RateRules = Record<keyof typeof DEFAULT_RATE_RULES, RateRule>;

/** One limiter per rule, shared by the HTTP routes and every socket of the server. */
export type RateLimiters = Record<keyof RateRules, KeyedLimiter>;

/** Makes one limiter per rule, the defaults replaced by `rules`, with `make`. */
export function rateLimitersOf(
  rules: Partial<RateRules>,
  make: (name: string, rule: RateRule) => KeyedLimiter,
): RateLimiters {
  const all: RateRules = { ...DEFAULT_RATE_RULES, ...rules };
  return Object.fromEntries(Object.entries(all).map(([name, rule]) => [name, make(name, rule)])) as RateLimiters;
}

/** One process: every budget in its memory. */
export function createRateLimiters(rules: Partial<RateRules> = {}, now: () => number = Date.now): RateLimiters {
  return rateLimitersOf(rules, (_name, rule) => new KeyedRateLimiter(rule, now));
}
