import type { PhaseActivity } from '../agenda/agenda.js';
import type { ClockReading } from '../clock/clock.js';
import { pairRole, roundAt, type Pair, type PairRole } from './pairs.js';

/** Which prompts a member of a pair reads now; each screen words them in its own language. */
export type PairPrompts = 'organizer' | 'organizee' | 'feedback' | 'listen' | 'observer' | 'write';

export interface PairSituation {
  round: number;
  /** What pairs do right now, when the group is in a pairs step. */
  activity: PhaseActivity | null;
  role: PairRole;
  prompts: PairPrompts;
}

/**
 * Where one member of a pair stands at this moment of the agenda: the round, what pairs do, their
 * role and the prompts for it. Outside a pairs step (or with no clock yet) it is round 1's roles.
 */
export function pairSituation(
  pair: Pair,
  memberId: string,
  at: Pick<ClockReading, 'step' | 'phaseIndex'> | null,
): PairSituation {
  const inPairs = at?.step?.kind === 'pairs' ? at : null;
  const round = inPairs ? roundAt(inPairs.step, inPairs.phaseIndex) : 1;
  const activity = inPairs ? (inPairs.step?.phases[inPairs.phaseIndex]?.activity ?? 'other') : null;
  const role = pairRole(pair, memberId, round);
  return { round, activity, role, prompts: promptsFor(role, activity) };
}

// Writing is done together whatever the role; in feedback the organizee speaks and the rest listen.
function promptsFor(role: PairRole, activity: PhaseActivity | null): PairPrompts {
  if (activity === 'write') return 'write';
  if (role === 'observer') return 'observer';
  if (activity === 'feedback') return role === 'organizee' ? 'feedback' : 'listen';
  return role;
}

/** A pair's organizing rounds, 1, 2, …: one a member, and two when the facilitator partners someone. */
export function roundsOf(pair: Pair): number[] {
  const count = pair.memberIds.length === 1 ? 2 : pair.memberIds.length;
  return Array.from({ length: count }, (_, i) => i + 1);
}

/**
 * Who organizes in a round, in the pair's order (a trio has three rounds); null when it is the
 * facilitator, who organizes the even rounds of someone they partner.
 */
export function organizerOfRound(pair: Pair, round: number): string | null {
  return pair.memberIds.length === 1 && round % 2 === 0
    ? null
    : (pair.memberIds[(round - 1) % pair.memberIds.length] ?? null);
}
