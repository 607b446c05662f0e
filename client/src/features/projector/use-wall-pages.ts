import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useBoardChanges } from './use-board-changes';
import { pageBreaks, pageCount, pageKeeping, pageSlice, rowsOf, type ColumnGeometry } from './wall-pages';

/** How long the wall shows each page of a flipchart too full for one screen. */
export const PAGE_MS = 10_000;

export interface WallPages {
  /** Every card is laid out to be measured, before paint: the page line stands in its place. */
  measuring: boolean;
  /** Not even one row of cards fits beside what the room looks at now. */
  hidden: boolean;
  /** The page on the wall now, from 0, and how many there are. */
  page: number;
  pages: number;
  /** The cards of a column on this page, as arguments to `slice`. */
  slice(column: number): [number, number?];
  /** Turns the page by hand (the facilitator at the projector's keyboard); the clock starts over. */
  turnBy(pages: number): void;
}

interface Fit {
  /** The board measured on: the moment of the agenda and how often the board changed. */
  key: string;
  /** The cards measured: other cards, another measurement. */
  content: unknown;
  /** Null: no room at all. Undefined: everything fits on one page. */
  breaks: number[][] | null | undefined;
}

/**
 * Measurements in a row that still left the board overflowing before the flipchart steps aside:
 * then what overflows is the rest of the board, which no page of cards can make room for.
 */
const MAX_RETRIES = 2;

/**
 * Which cards of the wall's flipchart are up, and when the next ones come. Nobody scrolls a
 * projector and no text may shrink below what the back of the room reads, so a flipchart taller
 * than the room the board leaves it is shown in pages that turn on their own.
 *
 * Measured, not guessed: every card is laid out once, before paint; if the board overflows, the
 * rows are packed into pages that each fit, and the breaks stay put while the pages turn. The
 * measurement starts again when the cards, the moment of the agenda or anything else on the
 * board changes size (a cue banner, "Reconnecting…", a window resized), and the wall keeps the
 * cards it had up.
 */
export function useWallPages(ref: RefObject<HTMLElement | null>, content: unknown, layoutKey: string): WallPages {
  // Bumped whenever the board may have changed under the flipchart: measure again.
  const [generation, setGeneration] = useState(0);
  const remeasure = useCallback(() => setGeneration((value) => value + 1), []);
  useBoardChanges(ref, remeasure);
  const fitKey = `${layoutKey}/${generation}`;
  // A fit belongs to the board it was measured on; another key lays every card out again, in the
  // same render, so the wall never paints pages cut for another moment.
  const [fit, setFit] = useState<Fit>({ key: '', content: undefined, breaks: undefined });
  const measuring = fit.key !== fitKey || fit.content !== content;
  const breaks = measuring ? undefined : fit.breaks;
  const retries = useRef(0);

  // The page up, counted from the start of this moment of the agenda; turning goes round the pages.
  const [turn, setTurn] = useState({ layoutKey, count: 0, byHand: 0 });
  const count = turn.layoutKey === layoutKey ? turn.count : 0;
  const pages = pageCount(breaks);
  const page = count % pages;
  // The cards the wall last showed: cut again, or back after stepping aside, it shows them again.
  const shown = useRef<{ layoutKey: string; breaks: number[][] | null | undefined; page: number } | null>(null);

  // After every render, before paint: a card's byline may have grown with no other change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const flipchart = ref.current;
    const board = flipchart?.closest<HTMLElement>('.projector__main');
    if (!flipchart || !board) return;
    const excess = board.scrollHeight - board.clientHeight;
    if (measuring) {
      const geometry = excess > 1 ? measure(flipchart, excess) : null;
      const next = geometry ? pageBreaks(geometry.columns, geometry.limit) : undefined;
      const before = shown.current?.layoutKey === layoutKey ? shown.current : null;
      setFit({ key: fitKey, content, breaks: next });
      const kept = before ? pageKeeping(before.breaks, before.page, next) : 0;
      setTurn((current) => ({ ...current, layoutKey, count: kept }));
      return;
    }
    if (excess <= 1 || breaks === null) {
      // On the wall and fitting, or stepped aside because the rest of the board overflows.
      retries.current = 0;
      if (breaks !== null) shown.current = { layoutKey, breaks, page };
      return;
    }
    // Measured, and overflowing anyway: the board changed before its observer said so (a banner
    // this very render). Measure again, a bounded number of times, then step aside.
    retries.current += 1;
    if (retries.current <= MAX_RETRIES) remeasure();
    else setFit({ key: fitKey, content, breaks: null });
  });

  // Read when a page turns, not a reason to restart the clock: measuring again changes it.
  const pagesNow = useRef(pages);
  pagesNow.current = pages;
  const turnBy = useCallback(
    (delta: number, byHand = 1) =>
      setTurn((current) => {
        const from = current.layoutKey === layoutKey ? current.count : 0;
        const count = (((from + delta) % pagesNow.current) + pagesNow.current) % pagesNow.current;
        return { layoutKey, count, byHand: current.byHand + byHand };
      }),
    [layoutKey],
  );
  // A page turned by hand gets its full time on the wall too.
  useEffect(() => {
    const timer = setInterval(() => turnBy(1, 0), PAGE_MS);
    return () => clearInterval(timer);
  }, [turnBy, turn.byHand]);

  return {
    measuring,
    hidden: breaks === null,
    page,
    pages,
    slice: (column) => pageSlice(breaks, column, page),
    turnBy,
  };
}

/**
 * The rows of every column, relative to the flipchart's top, and how far down the cards may reach
 * for the board to stop overflowing by `excess`: the flipchart's bottom, less the excess, less
 * what sits below the tallest column's last card (its padding, the flipchart's own).
 */
function measure(flipchart: HTMLElement, excess: number): { columns: ColumnGeometry[]; limit: number } {
  const origin = flipchart.getBoundingClientRect();
  const lists = [...flipchart.querySelectorAll<HTMLElement>('.column')].map((column) =>
    column.querySelector<HTMLElement>('.column__cards'),
  );
  let lowestList = origin.top;
  const columns = lists.map((list): ColumnGeometry => {
    if (!list) return { listTop: 0, rows: [] };
    const box = list.getBoundingClientRect();
    lowestList = Math.max(lowestList, box.bottom);
    const cards = [...list.children].map((card) => {
      const rect = card.getBoundingClientRect();
      return { top: rect.top - box.top, bottom: rect.bottom - box.top };
    });
    return { listTop: box.top - origin.top, rows: rowsOf(cards) };
  });
  const below = origin.bottom - lowestList;
  return { columns, limit: origin.height - excess - below };
}
