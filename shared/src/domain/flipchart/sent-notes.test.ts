import { describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor.js';
import type { Command } from '../core/commands.js';
import { decide } from '../core/decide.js';
import type { DomainEvent } from '../core/events.js';
import { applyEvents } from '../core/reduce.js';
import { createWorkshopState, type WorkshopState } from '../core/state.js';
import type { NotesFlow } from './flipchart.js';
import { isNoteSent } from './sent-notes.js';

const ana: Actor = { kind: 'participant', participantId: 'p-ana' };
const ben: Actor = { kind: 'participant', participantId: 'p-ben' };
const cleo: Actor = { kind: 'participant', participantId: 'p-cleo' };
const noor: Actor = { kind: 'participant', participantId: 'p-noor' };

/** Ana and Ben are a pair, Cleo and Dan another; Noor takes notes. Then whatever happens next. */
function room(notesFlow: NotesFlow = 'suggest'): WorkshopState {
  const events: DomainEvent[] = [
    ...['ana', 'ben', 'cleo', 'dan', 'noor'].map((name): DomainEvent => ({
      type: 'participant:joined',
      participantId: `p-${name}`,
      name,
    })),
    { type: 'participant:role-assigned', participantId: 'p-noor', role: 'notetaker' },
    {
      type: 'pairs:formed',
      pairs: [
        { id: 'pair-ab', memberIds: ['p-ana', 'p-ben'], withFacilitator: false },
        { id: 'pair-cd', memberIds: ['p-cleo', 'p-dan'], withFacilitator: false },
      ],
    },
    { type: 'settings:updated', notesFlow },
  ];
  const base = createWorkshopState({ code: 'ABC234', title: 'T', template: 'practice-1on1', createdAt: 1 });
  return applyEvents(
    base,
    events.map((event, i) => ({ seq: i + 1, at: 100 + i, event })),
  );
}

/** Each command in turn, by its actor, applied when accepted; the answers and the state after. */
function play(state: WorkshopState, ...turns: Array<[Actor, Command]>) {
  let n = 0;
  const answers = [];
  for (const [actor, command] of turns) {
    const result = decide(state, actor, command, { newId: () => `new-${++n}`, now: 5_000 });
    answers.push(result);
    if (result.ok) {
      state = applyEvents(
        state,
        result.data.map((event, i) => ({ seq: state.seq + 1 + i, at: 5_000, event })),
      );
    }
  }
  return { answers, state };
}

const sendEntry = (sourceId = 'entry-1'): Command => ({
  type: 'card:suggest',
  column: 'values',
  text: 'We both care for our parents',
  sourceId,
});
const ab = { pairId: 'pair-ab', authorId: 'p-ana' };

describe('sending a notebook entry to the flipchart', () => {
  it('keeps which entry a suggestion came from, so both partners see it sent', () => {
    const { answers, state } = play(room(), [ana, sendEntry()]);

    expect(answers[0]).toMatchObject({
      ok: true,
      data: [{ type: 'suggestion:added', suggestion: { sourceId: 'entry-1' } }],
    });
    expect(isNoteSent(state, ab, 'entry-1')).toBe(true);
    expect(isNoteSent(state, { pairId: 'pair-ab', authorId: 'p-ben' }, 'entry-1')).toBe(true);
    expect(isNoteSent(state, ab, 'entry-2')).toBe(false);
  });

  it('answers the partner’s send of the same entry, and a retry, with nothing new', () => {
    const { answers, state } = play(room(), [ana, sendEntry()], [ben, sendEntry()], [ana, sendEntry()]);

    expect(answers.slice(1)).toEqual([
      { ok: true, data: [] },
      { ok: true, data: [] },
    ]);
    expect(Object.values(state.suggestions)).toHaveLength(1);
  });

  it('sends the same entry once after the note-taker accepted it, and once when notes go straight on', () => {
    const accepted = play(room(), [ana, sendEntry()], [noor, { type: 'suggestion:accept', suggestionId: 'new-1' }]);
    expect(Object.values(accepted.state.cards)).toMatchObject([{ sourceIds: ['entry-1'] }]);
    expect(play(accepted.state, [ben, sendEntry()]).answers).toEqual([{ ok: true, data: [] }]);

    const direct = play(room('direct'), [ben, sendEntry()], [ana, sendEntry()]);
    expect(direct.answers[1]).toEqual({ ok: true, data: [] });
    expect(Object.values(direct.state.cards)).toHaveLength(1);
  });

  it('still knows the entry after its card is merged into another', () => {
    const { state: merged } = play(
      room('direct'),
      [ana, sendEntry('entry-1')],
      [ana, sendEntry('entry-2')],
      [noor, { type: 'card:merge', cardId: 'new-1', intoCardId: 'new-2' }],
    );

    expect(Object.values(merged.cards)).toMatchObject([{ sourceIds: expect.arrayContaining(['entry-1', 'entry-2']) }]);
    expect(play(merged, [ben, sendEntry('entry-1')]).answers).toEqual([{ ok: true, data: [] }]);
  });

  it('lets the entry be sent again once the note-taker turned it down', () => {
    const { state } = play(room(), [ana, sendEntry()], [noor, { type: 'suggestion:reject', suggestionId: 'new-1' }]);

    expect(isNoteSent(state, ab, 'entry-1')).toBe(false);
    expect(play(state, [ben, sendEntry()]).answers[0]).toMatchObject({
      ok: true,
      data: [{ type: 'suggestion:added' }],
    });
  });

  it('does not count another pair’s entry of the same id as this pair’s', () => {
    const { answers } = play(room(), [cleo, sendEntry()], [ana, sendEntry()]);

    expect(answers[1]).toMatchObject({ ok: true, data: [{ type: 'suggestion:added' }] });
  });
});
