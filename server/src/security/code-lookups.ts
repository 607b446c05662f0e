import { fail, ok, rateLimited, type Result } from '@common-ground/shared';
import type { RateLimiters } from './rate-limits.js';

/**
 * Guessing a join code means asking for many codes that do not exist. Only those misses count,
 * per address: a room full of people typing the right code is never slowed, while a script
 * guessing codes gets a handful of tries a minute against some 887 million codes.
 */
export function codeLookups(limiters: RateLimiters, address: string) {
  return {
    /** Refuses while this address has used up its misses; counts this lookup if it missed. */
    async check(found: boolean): Promise<Result<void>> {
      const left = await limiters.codeMisses.peek(address);
      if (!left.ok) return rateLimited(left.retryAfterMs);
      if (found) return ok(undefined);
      await limiters.codeMisses.take(address);
      return fail('not_found', 'workshop.unknown');
    },
  };
}
