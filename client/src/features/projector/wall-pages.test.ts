import { describe, expect, it } from 'vitest';
import { pageBreaks, pageCount, pageKeeping, pageSlice, rowsOf } from './wall-pages';

/** A column whose cards are each a row of the given heights, stacked with a 5 px gap. */
function column(listTop: number, heights: number[]) {
  let top = 0;
  const cards = heights.map((height) => {
    const card = { top, bottom: top + height };
    top += height + 5;
    return card;
  });
  return { listTop, rows: rowsOf(cards) };
}

describe('pageBreaks', () => {
  it('cuts each column between rows so that every page fits under the limit', () => {
    const breaks = pageBreaks([column(50, [40, 40, 40, 80, 40]), column(50, [40])], 150);
    // 100 px a page: two rows of 40 (85), then 40 (alone: +80 is 125), then 80, then 40.
    expect(breaks).toEqual([[0, 2, 3, 4], [0]]);
    expect(pageCount(breaks)).toBe(4);
  });

  it('says there is no room at all when one row does not fit even alone', () => {
    expect(pageBreaks([column(50, [40, 120])], 150)).toBeNull();
  });

  it('keeps cards that sit side by side together on one page', () => {
    const rows = rowsOf([
      { top: 0, bottom: 40 },
      { top: 0, bottom: 44 },
      { top: 50, bottom: 90 },
    ]);
    expect(rows).toEqual([
      { first: 0, top: 0, bottom: 44 },
      { first: 2, top: 50, bottom: 90 },
    ]);
    expect(pageBreaks([{ listTop: 0, rows }], 60)).toEqual([[0, 2]]);
  });
});

describe('pageSlice', () => {
  it('gives each column its cards of the page, and none past its last page', () => {
    const breaks = [[0, 2, 3], [0]];
    expect(pageSlice(breaks, 0, 0)).toEqual([0, 2]);
    expect(pageSlice(breaks, 0, 2)).toEqual([3, undefined]);
    expect(pageSlice(breaks, 1, 0)).toEqual([0, undefined]);
    expect(pageSlice(breaks, 1, 1)).toEqual([0, 0]);
    expect(pageSlice(undefined, 1, 0)).toEqual([0]);
  });
});

describe('pageKeeping', () => {
  it('finds the new page holding the cards that were up, so the wall does not jump', () => {
    // A banner took room: six pages instead of four. Page 3 of 4 began at card 5.
    expect(pageKeeping([[0, 2, 5, 7]], 2, [[0, 1, 3, 5, 6, 7]])).toBe(3);
    // The banner went: back to fewer pages, the page holding card 5.
    expect(pageKeeping([[0, 1, 3, 5, 6, 7]], 3, [[0, 2, 5, 7]])).toBe(2);
  });

  it('starts from the first page when there was nothing to keep', () => {
    expect(pageKeeping(null, 2, [[0, 2]])).toBe(0);
    expect(pageKeeping([[0, 2]], 1, null)).toBe(0);
  });
});
