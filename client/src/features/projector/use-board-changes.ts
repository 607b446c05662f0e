import { useEffect, type RefObject } from 'react';

/**
 * Calls `onChange` whenever the room the projector's board leaves the flipchart may have changed
 * without the flipchart itself rendering again: a cue banner appearing in the header,
 * "Reconnecting…" coming and going, a panel mounting or growing, the join address arriving
 * beside it in the lobby, a window resized. Without this a flipchart paged down while a banner
 * stood there stays paged down (or hidden) after it goes, and one that fitted overflows.
 */
export function useBoardChanges(ref: RefObject<HTMLElement | null>, onChange: () => void): void {
  useEffect(() => {
    const flipchart = ref.current;
    const board = flipchart?.closest<HTMLElement>('.projector__main');
    // jsdom has neither observer; a browser always has both.
    if (!flipchart || !board || typeof ResizeObserver === 'undefined' || typeof MutationObserver === 'undefined') {
      return;
    }
    // The first report of each element is its size when observed, not a change.
    let seen = new WeakSet<Element>();
    const resizes = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        if (seen.has(entry.target)) changed = true;
        else seen.add(entry.target);
      }
      if (changed) onChange();
    });
    const observeAll = () => {
      resizes.disconnect();
      seen = new WeakSet();
      resizes.observe(board);
      // Every panel beside the flipchart, not the flipchart: its own size follows its pages.
      for (const panel of board.children) {
        if (!panel.contains(flipchart)) resizes.observe(panel);
        else for (const neighbour of panel.children) if (neighbour !== flipchart) resizes.observe(neighbour);
      }
    };
    observeAll();
    const mounts = new MutationObserver(() => {
      observeAll();
      onChange();
    });
    mounts.observe(board, { childList: true });
    return () => {
      resizes.disconnect();
      mounts.disconnect();
    };
  }, [ref, onChange]);
}
