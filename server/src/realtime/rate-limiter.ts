import type { Allowance, RateLimiters } from '../security/rate-limits.js';
import type { AppSocket } from './types.js';

/** What the pipeline asks before it handles one of a socket's messages. */
export interface RateLimiter {
  take(): Promise<Allowance>;
}

/**
 * A socket's messages draw on its person's budget (every screen of theirs shares it), then on
 * its address's. A message the person's budget refuses spends nothing of the address's, so one
 * person's flood leaves the others on the same wifi untouched. A socket that keeps sending past
 * its refusals is not a browser (the outbox waits when told to): it is disconnected.
 */
export function socketRateLimiter(
  socket: AppSocket,
  limiters: RateLimiters,
  address: string,
  onAbuse: () => void,
): RateLimiter {
  return {
    take: async () => {
      const allowed = await limiters.personMessages.take(personKey(socket));
      const result = allowed.ok ? await limiters.addressMessages.take(address) : allowed;
      if (!result.ok && !(await limiters.refusals.take(socket.id)).ok) onAbuse();
      return result;
    },
  };
}

/** One key per person: the facilitator's screens, the projectors, each participant. */
function personKey(socket: AppSocket): string {
  const { code, actor } = socket.data;
  if (!code || !actor) return `socket:${socket.id}`;
  if (actor.kind === 'participant') return `${code}:participant:${actor.participantId}`;
  return `${code}:${actor.kind}`;
}
