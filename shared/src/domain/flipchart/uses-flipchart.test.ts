import { describe, expect, it } from 'vitest';
import { stepsFromTemplate } from '../agenda/templates.js';
import { usesFlipchart } from './uses-flipchart.js';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('usesFlipchart', () => {
  it('has the practice guide’s report-back record on the flipchart, and the training plan none', () => {
    expect(usesFlipchart({ agenda: stepsFromTemplate('practice-1on1', ids()), cards: {} })).toBe(true);
    expect(usesFlipchart({ agenda: stepsFromTemplate('training-plan', ids()), cards: {} })).toBe(false);
  });

  it('keeps a flipchart with cards on it, whatever the agenda', () => {
    const card = { id: 'c1', column: 'values' as const, text: 'Dignity', authorId: null, createdAt: 1, updatedAt: 1 };
    expect(usesFlipchart({ agenda: [], cards: { c1: card } })).toBe(true);
  });
});
