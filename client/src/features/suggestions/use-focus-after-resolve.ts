import { useCallback, useLayoutEffect, useRef, useState, type RefCallback } from 'react';

/**
 * Keeps a keyboard user's place in the list of waiting notes: when the note they handled leaves
 * the list, focus moves to the note now in its place (or the one before it), or to `fallback`
 * when the list is empty, instead of falling to the top of the page.
 */
export function useFocusAfterResolve(ids: readonly string[]) {
  const elements = useRef(new Map<string, HTMLElement>());
  const fallback = useRef<HTMLElement | null>(null);
  const [leaving, setLeaving] = useState<{ id: string; index: number } | null>(null);

  useLayoutEffect(() => {
    if (!leaving || ids.includes(leaving.id)) return;
    const nextId = ids[Math.min(leaving.index, ids.length - 1)];
    const target = nextId === undefined ? fallback.current : elements.current.get(nextId);
    target?.focus();
    setLeaving(null);
  }, [ids, leaving]);

  /** The ref for one note's focusable element. */
  const refFor = useCallback(
    (id: string): RefCallback<HTMLElement> =>
      (element) => {
        if (element) elements.current.set(id, element);
        else elements.current.delete(id);
      },
    [],
  );

  /** Call when the note `id` was handled: focus follows once it has left the list. */
  const resolved = useCallback((id: string) => setLeaving({ id, index: ids.indexOf(id) }), [ids]);

  return { refFor, resolved, fallback };
}
