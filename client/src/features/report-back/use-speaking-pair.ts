import type { Pair } from '@common-ground/shared';
import { useStore } from '../../app/store';

/** The pair whose turn it is to report back, if any. */
export function useSpeakingPair(): { pairId: string | null; pair: Pair | undefined } {
  const pairId = useStore((s) => {
    const reportBack = s.workshop?.reportBack;
    if (!reportBack || reportBack.currentIndex === null) return null;
    return reportBack.order[reportBack.currentIndex] ?? null;
  });
  const pair = useStore((s) => (pairId ? s.workshop?.pairs[pairId] : undefined));
  return { pairId, pair };
}
