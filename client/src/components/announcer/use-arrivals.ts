import { useEffect, useRef } from 'react';

/**
 * Calls `onArrival` with the items of `items` that were not there last time. What a screen holds
 * when it first gets the list (opening, a snapshot after reconnecting) is not news: `undefined`
 * means "not loaded yet", and the first list loaded is only remembered.
 */
export function useArrivals<T extends { id: string }>(
  items: readonly T[] | undefined,
  onArrival: (arrived: T[]) => void,
): void {
  const seen = useRef<Set<string> | null>(null);
  const callback = useRef(onArrival);
  callback.current = onArrival;
  useEffect(() => {
    if (!items) return;
    const before = seen.current;
    seen.current = new Set(items.map((item) => item.id));
    if (!before) return;
    const arrived = items.filter((item) => !before.has(item.id));
    if (arrived.length > 0) callback.current(arrived);
  }, [items]);
}
