import type { WorkshopState } from '@common-ground/shared';
import type { TFunction } from '../../lib/i18n/translator';

/** "Ana", "Ana & Ben", "Ana, Ben & Cleo": the names of a pair as people say them. */
export function joinNames(names: readonly string[], t: TFunction): string | null {
  const last = names[names.length - 1];
  if (last === undefined || names.length === 1) return last ?? null;
  return t('flipchart.pairNames', { first: names.slice(0, -1).join(', '), last });
}

/** The names of a pair's members, also of a pair since dissolved; null for an unknown pair. */
export function pairNames(workshop: WorkshopState, pairId: string | null, t: TFunction): string | null {
  const pair = pairId ? (workshop.pairs[pairId] ?? workshop.formerPairs[pairId]) : undefined;
  if (!pair) return null;
  const names = pair.memberIds.flatMap((id) => workshop.participants[id]?.name ?? []);
  if (pair.withFacilitator) names.push(t('pairs.my.theFacilitator'));
  return joinNames(names, t);
}

/**
 * Who a note came from: the pairs that sent it (several after a merge), else its author.
 * A pair that was dissolved since leaves no names, so the author's name stands in for it.
 */
export function attribution(
  workshop: WorkshopState,
  source: { pairIds?: readonly string[]; authorId: string | null },
  t: TFunction,
): string | null {
  const pairs = (source.pairIds ?? []).flatMap((id) => pairNames(workshop, id, t) ?? []);
  if (pairs.length > 0) return pairs.join(' · ');
  return source.authorId ? (workshop.participants[source.authorId]?.name ?? null) : null;
}
