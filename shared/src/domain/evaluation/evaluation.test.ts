import { describe, expect, it } from 'vitest';
import { decide } from '../core/decide.js';
import { applyEvents } from '../core/reduce.js';
import { createWorkshopState } from '../core/state.js';
import {
  missingEvaluationFields,
  saveReflection,
  submitEvaluation,
  summarizeEvaluations,
  type EvaluationAnswer,
} from './evaluation.js';

const ana = { kind: 'participant', participantId: 'p-ana' } as const;
const valid = { learned: 'How to ask open questions', rating: 4, likes: ['Practice'], wishes: ['More time'] };
const open = { actor: ana, open: true, name: 'Ana', now: 10 };

describe('the evaluation form', () => {
  it('says what is missing', () => {
    expect(missingEvaluationFields({ learned: ' ', rating: null, likes: [''], wishes: [] })).toEqual([
      'learned',
      'rating',
      'like',
      'wish',
    ]);
    expect(missingEvaluationFields({ learned: 'x', rating: 3, likes: ['a'], wishes: ['b'] })).toEqual([]);
  });

  it('treats a text of only invisible characters as missing, and drops such an I-like', () => {
    expect(missingEvaluationFields({ learned: '\u200B', rating: 3, likes: ['\u200D'], wishes: ['b'] })).toEqual([
      'learned',
      'like',
    ]);
    const sent = submitEvaluation({ ...valid, likes: ['Practice', '\u200B\u2060'] }, open);
    expect(sent).toMatchObject({ ok: true, data: { likes: ['Practice'] } });
    expect(submitEvaluation({ ...valid, learned: '\uFEFF\u200B' }, open)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', reason: 'text.invisible' },
    });
  });

  it('needs at least one like and one wish and a rating from 1 to 5', () => {
    expect(submitEvaluation({ ...valid, likes: ['  '] }, open)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(submitEvaluation({ ...valid, wishes: [] }, open)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(submitEvaluation({ ...valid, rating: 0 }, open)).toMatchObject({ ok: false });
    expect(submitEvaluation({ ...valid, rating: 6 }, open)).toMatchObject({ ok: false });
    expect(submitEvaluation({ ...valid, rating: 2.5 }, open)).toMatchObject({ ok: false });
    const sent = submitEvaluation({ ...valid, likes: ['Practice', ''], signed: false }, open);
    expect(sent).toEqual({
      ok: true,
      data: { ...valid, signed: false, participantId: 'p-ana', updatedAt: 10 },
    });
  });

  it('keeps the name only when signed, and refuses once closed or from the facilitator', () => {
    const signed = submitEvaluation({ ...valid, signed: true }, open);
    expect(signed).toMatchObject({ ok: true, data: { name: 'Ana', signed: true } });
    expect(submitEvaluation(valid, { ...open, open: false })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(submitEvaluation(valid, { ...open, actor: { kind: 'facilitator' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('lets only the facilitator write a reflection', () => {
    expect(saveReflection({ did: 'Ran it', worked: 'Pairs' }, { actor: { kind: 'facilitator' }, now: 5 })).toEqual({
      ok: true,
      data: { did: 'Ran it', worked: 'Pairs', didNot: '', change: '', updatedAt: 5 },
    });
    expect(saveReflection({ did: 'x' }, { actor: ana, now: 5 })).toMatchObject({ ok: false });
  });
});

describe('summarizeEvaluations', () => {
  const answer = (rating: number, extra: Partial<EvaluationAnswer> = {}): EvaluationAnswer => ({
    participantId: `p-${rating}`,
    learned: `learned ${rating}`,
    rating,
    likes: [`like ${rating}`],
    wishes: [`wish ${rating}`],
    signed: false,
    updatedAt: 0,
    ...extra,
  });

  it('counts each rating, takes the mean, and names only those who signed', () => {
    const summary = summarizeEvaluations([
      answer(5, { signed: true, name: 'Ana' }),
      answer(4),
      answer(4, { participantId: 'p-x', name: 'Unsigned' }),
    ]);
    expect(summary.counts).toEqual([0, 0, 0, 2, 1]);
    expect(summary.total).toBe(3);
    expect(summary.mean).toBeCloseTo(13 / 3);
    expect(summary.likes).toEqual([
      { text: 'like 5', by: 'Ana' },
      { text: 'like 4', by: null },
      { text: 'like 4', by: null },
    ]);
    expect(summary.wishes.map((w) => w.by)).toEqual(['Ana', null, null]);
    expect(JSON.stringify(summary)).not.toContain('Unsigned');
  });

  it('has no mean without answers', () => {
    expect(summarizeEvaluations([])).toMatchObject({ counts: [0, 0, 0, 0, 0], total: 0, mean: null });
  });
});

describe('opening and closing the evaluation', () => {
  it('is the facilitator’s to open, close and show', () => {
    const state = createWorkshopState({ code: 'ABC', title: 'T', template: 'custom', createdAt: 0 });
    const ctx = { newId: () => 'id' };
    expect(decide(state, ana, { type: 'evaluation:set-open', open: true }, ctx)).toMatchObject({ ok: false });
    const opened = decide(state, { kind: 'facilitator' }, { type: 'evaluation:set-open', open: true }, ctx);
    if (!opened.ok) throw new Error('refused');
    const shown = decide(state, { kind: 'facilitator' }, { type: 'evaluation:show-summary', show: true }, ctx);
    if (!shown.ok) throw new Error('refused');
    const events = [...opened.data, ...shown.data].map((event, i) => ({ seq: i + 1, at: 0, event }));
    expect(applyEvents(state, events).evaluation).toEqual({ open: true, showSummary: true, closed: false });
  });

  it('remembers in the state that it closed after being open, until it opens again', () => {
    const fresh = createWorkshopState({ code: 'ABC', title: 'T', template: 'custom', createdAt: 0 });
    const facilitator = { kind: 'facilitator' } as const;
    const ctx = { newId: () => 'id' };
    let state = fresh;
    let seq = 0;
    const setOpen = (open: boolean) => {
      const decided = decide(state, facilitator, { type: 'evaluation:set-open', open }, ctx);
      if (!decided.ok) throw new Error('refused');
      state = applyEvents(
        state,
        decided.data.map((event) => ({ seq: ++seq, at: 0, event })),
      );
      return state.evaluation;
    };
    expect(fresh.evaluation.closed).toBe(false);
    // Closing what never opened changes nothing: there is nothing to call closed.
    expect(setOpen(false)).toMatchObject({ open: false, closed: false });
    expect(setOpen(true)).toMatchObject({ open: true, closed: false });
    expect(setOpen(false)).toMatchObject({ open: false, closed: true });
    expect(setOpen(true)).toMatchObject({ open: true, closed: false });
  });
});
