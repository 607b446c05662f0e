/**
 * Where the wall's flipchart breaks into pages, from one measurement of every card laid out at
 * once. Pure arithmetic on the measured rows, so it is tested without a browser.
 */

/** A row of cards side by side in one column, as measured: from its top to its bottom. */
export interface Row {
  /** Index of the row's first card in its column. */
  first: number;
  top: number;
  bottom: number;
}

/** One column as measured with every card shown: where its list starts, and its rows. */
export interface ColumnGeometry {
  listTop: number;
  rows: Row[];
}

/**
 * The index of the first card of each page, per column, when the cards of a column may reach down
 * to `limit` (same coordinates as the geometry) on every page. A page breaks between rows, never
 * inside one: a page starting at a row's start lays out exactly as it did when measured. Null when
 * some row does not fit even alone: the flipchart has no room at all.
 */
export function pageBreaks(columns: ColumnGeometry[], limit: number): number[][] | null {
  const breaks: number[][] = [];
  for (const column of columns) {
    const budget = limit - column.listTop;
    const starts: number[] = [];
    let pageTop = 0;
    for (const [index, row] of column.rows.entries()) {
      if (row.bottom - row.top > budget) return null;
      if (index === 0 || row.bottom - pageTop > budget) {
        starts.push(row.first);
        pageTop = row.top;
      }
    }
    breaks.push(starts);
  }
  return breaks;
}

/** How many pages the breaks make: the column with the most decides. */
export function pageCount(breaks: number[][] | null | undefined): number {
  return breaks ? Math.max(1, ...breaks.map((starts) => starts.length)) : 1;
}

/** The cards of `column` on `page`: [from, to), to undefined for "to the end"; empty past its last page. */
export function pageSlice(breaks: number[][] | null | undefined, column: number, page: number): [number, number?] {
  const starts = breaks?.[column];
  if (!starts) return [0];
  if (starts.length === 0) return [0, 0];
  if (page >= starts.length) return [0, 0];
  return [starts[page]!, starts[page + 1]];
}

/** Groups a column's measured cards into rows: cards sharing a top sit side by side. */
export function rowsOf(cards: Array<{ top: number; bottom: number }>): Row[] {
  const rows: Row[] = [];
  for (const [index, card] of cards.entries()) {
    const last = rows.at(-1);
    if (last && Math.abs(card.top - last.top) < 1) last.bottom = Math.max(last.bottom, card.bottom);
    else rows.push({ first: index, top: card.top, bottom: card.bottom });
  }
  return rows;
}

/**
 * After the pages are cut again (a banner came or went), the new page holding the cards that were
 * up: the wall keeps its place instead of jumping. Judged by the column with the most pages, the
 * one that decides how many there are.
 */
export function pageKeeping(
  before: number[][] | null | undefined,
  page: number,
  after: number[][] | null | undefined,
): number {
  if (!before || !after) return 0;
  let column = 0;
  for (const [index, starts] of before.entries()) if (starts.length > (before[column]?.length ?? 0)) column = index;
  const first = before[column]?.[page];
  if (first === undefined) return 0;
  const starts = after[column] ?? [];
  let kept = 0;
  for (const [index, start] of starts.entries()) if (start <= first) kept = index;
  return kept;
}
