import type { Pair } from '@common-ground/shared';
import { useState } from 'react';
import { useStore } from '../../app/store';

const NO_IDS: string[] = [];

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The pairs that exist, in `order` first, then any pair the order does not name yet. */
function complete(order: readonly string[], pairs: readonly Pair[]): string[] {
  const existing = new Set(pairs.map((p) => p.id));
  const kept = order.filter((id) => existing.has(id));
  return [...kept, ...pairs.map((p) => p.id).filter((id) => !kept.includes(id))];
}

export interface OrderDraft {
  /** The order as shown: the saved one, or this screen's rearrangement of it. */
  order: string[];
  /** The order the server holds. */
  saved: string[];
  /** The order shown is the one in use. */
  inUse: boolean;
  move: (index: number, delta: -1 | 1) => void;
}

/**
 * The report-back order being arranged on this screen. Until it is saved it starts from the
 * pairs in their current order. A rearrangement holds only while the saved order stays as it was
 * when it began: once anyone saves an order, this screen shows that one.
 */
export function useOrderDraft(pairs: readonly Pair[]): OrderDraft {
  const saved = useStore((s) => s.workshop?.reportBack.order ?? NO_IDS);
  const [draft, setDraft] = useState<{ base: string[]; order: string[] } | null>(null);
  const order = complete(draft && sameIds(draft.base, saved) ? draft.order : saved, pairs);

  function move(index: number, delta: -1 | 1) {
    const other = index + delta;
    if (other < 0 || other >= order.length) return;
    const next = [...order];
    [next[index], next[other]] = [next[other]!, next[index]!];
    setDraft({ base: saved, order: next });
  }

  return { order, saved, inUse: order.length > 0 && sameIds(order, saved), move };
}
