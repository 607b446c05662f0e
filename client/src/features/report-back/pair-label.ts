import type { Pair, Participant } from '@common-ground/shared';
import type { TFunction } from '../../lib/i18n/translator';

/** A pair as people say it: "Ana & Ben", "Ana, Ben & Cleo", "Ana & the facilitator". */
export function pairLabel(
  pair: Pair | undefined,
  participants: Record<string, Participant> | undefined,
  t: TFunction,
): string {
  if (!pair) return t('reportBack.gonePair');
  const names = pair.memberIds.map((id) => participants?.[id]?.name ?? '').filter(Boolean);
  if (pair.withFacilitator) names.push(t('pairs.my.theFacilitator'));
  const last = names.pop();
  if (last === undefined) return t('reportBack.gonePair');
  return names.length === 0 ? last : t('reportBack.pairName', { first: names.join(', '), last });
}

/** Each pair's share of the report-back, to the second: "5 min", "3 min 45 s", "50 s". */
export function formatShare(ms: number, t: TFunction): string {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (seconds === 0) return t('reportBack.duration.minutes', { minutes });
  if (minutes === 0) return t('reportBack.duration.seconds', { seconds });
  return t('reportBack.duration.minutesSeconds', { minutes, seconds });
}
