import type { PhaseActivity, Step } from '../agenda/agenda.js';
import type { ClockReading } from '../clock/clock.js';
import { pairRole, roundAt, type Pair, type PairRole } from './pairs.js';

/** Which prompts a member of a pair reads now; each screen words them in its own language. */
export type PairPrompts = 'organizer' | 'organizee' | 'feedback' | 'listen' | 'observer' | 'write';

export interface PairSituation {
  round: number;
  /** What pairs do right now in the practice step. */
  activity: PhaseActivity;
  role: PairRole;
  prompts: PairPrompts;
}

/**
 * Whether pairs practise a 1:1 in this step, in rounds with roles: the guide's "Practice in pairs"
 * and the training plan's "Try a 1:1". Only then do rounds, roles and their prompts mean anything.
 */
export function isPairPractice(step: Pick<Step, 'kind'> | null | undefined): boolean {
  return step?.kind === 'pairs' || step?.kind === 'try';
}

/**
 * What a member's pair card holds in a step: the practice (rounds, roles, prompts) while pairs
 * practise; only the partner (whom they report back and follow up with) in other steps; nothing
 * in the evaluation, which each person fills in alone.
 */
export type PairCardContent = 'practice' | 'partner' | 'nothing';

export function pairCardContent(step: Pick<Step, 'kind'> | null | undefined): PairCardContent {
  if (isPairPractice(step)) return 'practice';
  return step?.kind === 'evaluation' ? 'nothing' : 'partner';
}

/**
 * Where one member of a pair stands at this moment of the agenda: the round, what pairs do, their
 * role and the prompts for it. Null outside a practice step (or with no clock yet): there are no
 * rounds or roles then.
 */
export function pairSituation(
  pair: Pair,
  memberId: string,
  at: Pick<ClockReading, 'step' | 'phaseIndex'> | null,
): PairSituation | null {
  if (!at?.step || !isPairPractice(at.step)) return null;
  const round = roundAt(at.step, at.phaseIndex);
  const activity = at.step.phases[at.phaseIndex]?.activity ?? 'other';
  const role = pairRole(pair, memberId, round);
  return { round, activity, role, prompts: promptsFor(role, activity) };
}

// Writing is done together whatever the role; in feedback the organizee speaks and the rest listen.
function promptsFor(role: PairRole, activity: PhaseActivity): PairPrompts {
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
