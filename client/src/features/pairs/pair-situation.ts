import { pairRole, roundAt, type Pair, type PairRole, type PhaseActivity } from '@common-ground/shared';
import type { ClockView } from '../clock/use-clock';

export interface PairSituation {
  round: number;
  /** What pairs do right now, when the group is in a pairs step. */
  activity: PhaseActivity | null;
  role: PairRole;
  /** The prompts to show this person now (an i18n key under pairs.prompts). */
  prompts: 'organizer' | 'organizee' | 'feedback' | 'listen' | 'observer' | 'write';
}

/** Where one member of a pair stands at this moment of the clock. */
export function pairSituation(pair: Pair, memberId: string, view: ClockView | null): PairSituation {
  const inPairsStep = view?.step?.kind === 'pairs';
  const round = inPairsStep ? roundAt(view.step, view.phaseIndex) : 1;
  const activity = inPairsStep ? (view.step?.phases[view.phaseIndex]?.activity ?? 'other') : null;
  const role = pairRole(pair, memberId, round);
  return { round, activity, role, prompts: promptsFor(role, activity) };
}

function promptsFor(role: PairRole, activity: PhaseActivity | null): PairSituation['prompts'] {
  if (activity === 'write') return 'write';
  if (role === 'observer') return 'observer';
  if (activity === 'feedback') return role === 'organizee' ? 'feedback' : 'listen';
  return role;
}

/** Who organizes in each round, in the pair's order (a trio has three rounds). */
export function organizerOfRound(pair: Pair, round: number): string | null {
  return pair.memberIds.length === 1 && round % 2 === 0
    ? null
    : (pair.memberIds[(round - 1) % pair.memberIds.length] ?? null);
}
