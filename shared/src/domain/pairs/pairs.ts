import { z } from 'zod/mini';
import type { Step } from '../agenda/agenda.js';
import { idSchema } from '../core/state-parts.js';

/** A pair grows to a trio at most: two practise, a third observes and takes a round. */
export const MAX_PAIR_SIZE = 3;

/**
 * A pair practising a 1:1. `memberIds` is the order of rounds: the first organizes in round 1,
 * the second in round 2; a third member (a trio) observes and takes their turn in round 3.
 * `withFacilitator` marks a lone participant whom the facilitator partners.
 */
export const pairSchema = z.object({
  id: idSchema,
  memberIds: z.array(idSchema).check(z.minLength(1), z.maxLength(MAX_PAIR_SIZE)),
  withFacilitator: z.boolean(),
  done: z.boolean(),
  /** The facilitator sits in with this pair as an observer (the training plan's "Try a 1:1"). */
  observed: z.optional(z.boolean()),
});
export type Pair = z.infer<typeof pairSchema>;

export const ODD_PERSON_CHOICES = ['trio', 'facilitator'] as const;
export const oddPersonSchema = z.enum(ODD_PERSON_CHOICES);
export type OddPerson = z.infer<typeof oddPersonSchema>;

export type PairRole = 'organizer' | 'organizee' | 'observer';

/** Who partnered whom before, as sorted "a|b" keys, so later pairings can avoid repeats. */
export function partnerKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function partnerKeysOf(memberIds: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i < memberIds.length; i += 1) {
    for (let j = i + 1; j < memberIds.length; j += 1) keys.push(partnerKey(memberIds[i]!, memberIds[j]!));
  }
  return keys;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function group(order: readonly string[], odd: OddPerson): Array<{ memberIds: string[]; withFacilitator: boolean }> {
  const groups: Array<{ memberIds: string[]; withFacilitator: boolean }> = [];
  for (let i = 0; i + 1 < order.length; i += 2)
    groups.push({ memberIds: [order[i]!, order[i + 1]!], withFacilitator: false });
  const leftover = order.length % 2 === 1 ? order[order.length - 1]! : null;
  if (leftover) {
    const last = groups[groups.length - 1];
    if (odd === 'trio' && last) last.memberIds.push(leftover);
    else groups.push({ memberIds: [leftover], withFacilitator: true });
  }
  return groups;
}

/**
 * Breaks people into pairs at random: everyone in exactly one pair, an odd one out joining a
 * trio or partnering the facilitator. Of several shuffles, keeps the one that repeats the fewest
 * earlier partners, so the training plan's later rounds meet new people when they can.
 */
export function pairAtRandom(
  participantIds: readonly string[],
  options: { odd: OddPerson; random: () => number; pastPartners?: ReadonlySet<string>; attempts?: number },
): Array<{ memberIds: string[]; withFacilitator: boolean }> {
  const past = options.pastPartners ?? new Set<string>();
  let best: ReturnType<typeof group> = [];
  let bestRepeats = Infinity;
  for (let attempt = 0; attempt < (options.attempts ?? 50) && bestRepeats > 0; attempt += 1) {
    const groups = group(shuffled(participantIds, options.random), options.odd);
    const repeats = groups.flatMap((g) => partnerKeysOf(g.memberIds)).filter((k) => past.has(k)).length;
    if (repeats < bestRepeats) {
      best = groups;
      bestRepeats = repeats;
    }
  }
  return best;
}

/** The organizing round a sub-phase belongs to: 1 up to the first switch, 2 after it, … */
export function roundAt(step: Step | null, phaseIndex: number): number {
  if (!step || phaseIndex < 0) return 1;
  const organizePhases = step.phases.slice(0, phaseIndex + 1).filter((p) => p.activity === 'organize').length;
  return Math.max(1, organizePhases);
}

/** A member's role in a round: the round's organizer, the next member organizee, any other observes. */
export function pairRole(pair: Pair, memberId: string, round: number): PairRole {
  const n = pair.memberIds.length;
  const index = pair.memberIds.indexOf(memberId);
  if (n < 2) return round % 2 === 1 ? 'organizer' : 'organizee';
  const organizer = (round - 1) % n;
  if (index === organizer) return 'organizer';
  if (index === (organizer + 1) % n) return 'organizee';
  return 'observer';
}

/** Whether a pair can take no one more: someone moved into it would make it larger than a trio. */
export function isPairFull(pair: Pair): boolean {
  return pair.memberIds.length >= MAX_PAIR_SIZE;
}

export function pairOf(pairs: Record<string, Pair>, participantId: string): Pair | null {
  return Object.values(pairs).find((p) => p.memberIds.includes(participantId)) ?? null;
}
