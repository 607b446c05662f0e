import { presentIds, type Pair } from '@common-ground/shared';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';

const NO_PAIRS: Pair[] = [];
const NO_IDS: string[] = [];

/** The pairs in a stable order (by their first member's arrival), and who is in none. */
export function usePairs(): { pairs: Pair[]; unpaired: string[] } {
  const pairs = useStore(
    useShallow((s) => {
      if (!s.workshop) return NO_PAIRS;
      const order = presentIds(s.workshop);
      const rank = (pair: Pair) => Math.min(...pair.memberIds.map((id) => order.indexOf(id)));
      return Object.values(s.workshop.pairs).sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
    }),
  );
  const unpaired = useStore(
    useShallow((s) => {
      if (!s.workshop) return NO_IDS;
      const paired = new Set(Object.values(s.workshop.pairs).flatMap((p) => p.memberIds));
      return presentIds(s.workshop).filter((id) => !paired.has(id));
    }),
  );
  return { pairs, unpaired };
}
