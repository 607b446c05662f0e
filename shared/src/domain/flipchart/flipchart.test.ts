import { describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor.js';
import type { Command } from '../core/commands.js';
import { decide, type DecideContext } from '../core/decide.js';
import type { DomainEvent } from '../core/events.js';
import type { Suggestion } from './flipchart.js';
import { applyEvents } from '../core/reduce.js';
import { createWorkshopState, type Card, type Participant, type WorkshopState } from '../core/state.js';

const facilitator: Actor = { kind: 'facilitator' };
const projector: Actor = { kind: 'projector' };
const ana: Actor = { kind: 'participant', participantId: 'p-ana' };
const noor: Actor = { kind: 'participant', participantId: 'p-noor' };
const NOW = 9_000;

/** Ids in the order `decide` asks for them, and a fixed server time. */
function context(prefix = 'id'): DecideContext {
  let n = 0;
  return { newId: () => `${prefix}-${++n}`, now: NOW };
}

function participant(id: string, name: string, role: Participant['role'] = 'participant'): Participant {
  return { id, name, role, joinedAt: 1_000 };
}

function card(id: string, text: string, extra: Partial<Card> = {}): Card {
  return { id, column: 'values', text, authorId: null, createdAt: 2_000, updatedAt: 2_000, ...extra };
}

const waiting: Suggestion = {
  id: 's-1',
  pairId: 'pair-ab',
  authorId: 'p-ana',
  column: 'values',
  text: 'Family comes first',
  createdAt: 3_000,
};

/** Ana and Ben practise as a pair, Noor takes notes; the flipchart has two cards, one suggestion waits. */
function workshop(overrides: Partial<WorkshopState> = {}): WorkshopState {
  return {
    ...createWorkshopState({ code: 'ABC234', title: 'Practice 1:1', template: 'practice-1on1', createdAt: 500 }),
    seq: 7,
    participants: {
      'p-ana': participant('p-ana', 'Ana'),
      'p-ben': participant('p-ben', 'Ben'),
      'p-noor': participant('p-noor', 'Noor', 'notetaker'),
    },
    pairs: {
      'pair-ab': { id: 'pair-ab', memberIds: ['p-ana', 'p-ben'], withFacilitator: false, done: false },
    },
    cards: {
      'c-1': card('c-1', 'Family', { pairIds: ['pair-ab'], authorId: 'p-ana' }),
      'c-2': card('c-2', 'Family first', { pairIds: ['pair-cd'], authorId: 'p-cleo' }),
    },
    suggestions: { 's-1': waiting },
    ...overrides,
  };
}

/** Decides a command and, when accepted, applies its events as the next ones after the state's seq. */
function run(state: WorkshopState, actor: Actor, command: Command) {
  const result = decide(state, actor, command, context());
  if (!result.ok) return { result, next: state };
  const next = applyEvents(
    state,
    result.data.map((event: DomainEvent, i) => ({ seq: state.seq + 1 + i, at: NOW + i, event })),
  );
  return { result, next };
}

const forbidden = { ok: false, error: { code: 'forbidden', reason: expect.any(String) } };
const notFound = { ok: false, error: { code: 'not_found', reason: expect.any(String) } };

describe('card:suggest', () => {
  it('turns a pair member’s note into a suggestion with the pair and the author when notes are suggested', () => {
    const { result, next } = run(workshop({ suggestions: {} }), ana, {
      type: 'card:suggest',
      column: 'interests',
      text: '  Gardening  ',
    });

    const suggestion = {
      id: 'id-1',
      pairId: 'pair-ab',
      authorId: 'p-ana',
      column: 'interests',
      text: 'Gardening',
      createdAt: NOW,
    };
    expect(result).toEqual({ ok: true, data: [{ type: 'suggestion:added', suggestion }] });
    expect(next.suggestions).toEqual({ 'id-1': suggestion });
    expect(Object.keys(next.cards)).toEqual(['c-1', 'c-2']);
  });

  it('puts the note straight onto the flipchart with the pair’s attribution when notes go direct', () => {
    const state = workshop({ settings: { autoAdvance: true, oddPerson: 'trio', notesFlow: 'direct' } });
    const { result, next } = run(state, ana, { type: 'card:suggest', column: 'resources', text: ' A van ' });

    expect(result).toEqual({
      ok: true,
      data: [
        {
          type: 'card:added',
          cardId: 'id-1',
          column: 'resources',
          text: 'A van',
          authorId: 'p-ana',
          pairIds: ['pair-ab'],
        },
      ],
    });
    expect(next.cards['id-1']).toEqual({
      id: 'id-1',
      column: 'resources',
      text: 'A van',
      authorId: 'p-ana',
      pairIds: ['pair-ab'],
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(next.suggestions).toEqual(state.suggestions);
  });

  it('keeps a note from someone in no pair without a pair', () => {
    const { result } = run(workshop({ pairs: {}, suggestions: {} }), ana, {
      type: 'card:suggest',
      column: 'values',
      text: 'Trust',
    });

    expect(result).toMatchObject({ ok: true, data: [{ type: 'suggestion:added', suggestion: { pairId: null } }] });
  });

  it('refuses a note from the projector and from the facilitator, and changes nothing', () => {
    const state = workshop();
    for (const actor of [projector, facilitator]) {
      const { result, next } = run(state, actor, { type: 'card:suggest', column: 'values', text: 'Trust' });
      expect(result).toEqual(forbidden);
      expect(next).toBe(state);
    }
  });
});

describe('suggestion:accept', () => {
  it('puts the suggestion on the flipchart with its pair and author, and takes it off the waiting list', () => {
    const { result, next } = run(workshop(), noor, { type: 'suggestion:accept', suggestionId: 's-1' });

    expect(result).toEqual({
      ok: true,
      data: [
        {
          type: 'card:added',
          cardId: 'id-1',
          column: 'values',
          text: 'Family comes first',
          authorId: 'p-ana',
          pairIds: ['pair-ab'],
        },
        { type: 'suggestion:resolved', suggestionId: 's-1' },
      ],
    });
    expect(next.suggestions).toEqual({});
    expect(next.cards['id-1']).toMatchObject({ column: 'values', text: 'Family comes first', pairIds: ['pair-ab'] });
  });

  it('lets the note-taker put it in another column with other words', () => {
    const { next } = run(workshop(), facilitator, {
      type: 'suggestion:accept',
      suggestionId: 's-1',
      column: 'interests',
      text: '  Family time ',
    });

    expect(next.cards['id-1']).toMatchObject({ column: 'interests', text: 'Family time', authorId: 'p-ana' });
    expect(next.suggestions).toEqual({});
  });

  it('says a suggestion someone already handled is gone', () => {
    expect(run(workshop({ suggestions: {} }), noor, { type: 'suggestion:accept', suggestionId: 's-1' }).result).toEqual(
      notFound,
    );
  });

  it('refuses a participant who is not the note-taker, and changes nothing', () => {
    const state = workshop();
    const { result, next } = run(state, ana, { type: 'suggestion:accept', suggestionId: 's-1' });

    expect(result).toEqual(forbidden);
    expect(next).toBe(state);
  });
});

describe('suggestion:reject', () => {
  it('takes the suggestion off the waiting list without adding a card', () => {
    const { result, next } = run(workshop(), noor, { type: 'suggestion:reject', suggestionId: 's-1' });

    expect(result).toEqual({ ok: true, data: [{ type: 'suggestion:resolved', suggestionId: 's-1' }] });
    expect(next.suggestions).toEqual({});
    expect(Object.keys(next.cards)).toEqual(['c-1', 'c-2']);
  });

  it('refuses a participant and the projector', () => {
    for (const actor of [ana, projector]) {
      expect(run(workshop(), actor, { type: 'suggestion:reject', suggestionId: 's-1' }).result).toEqual(forbidden);
    }
  });
});

describe('card:move', () => {
  it('moves a card to another column', () => {
    const { result, next } = run(workshop(), noor, { type: 'card:move', cardId: 'c-1', column: 'resources' });

    expect(result).toEqual({ ok: true, data: [{ type: 'card:moved', cardId: 'c-1', column: 'resources' }] });
    expect(next.cards['c-1']).toMatchObject({ column: 'resources', text: 'Family', createdAt: 2_000, updatedAt: NOW });
  });

  it('records nothing when the card is already in that column', () => {
    expect(run(workshop(), facilitator, { type: 'card:move', cardId: 'c-1', column: 'values' }).result).toEqual({
      ok: true,
      data: [],
    });
  });

  it('says a card that is gone is gone', () => {
    expect(run(workshop(), noor, { type: 'card:move', cardId: 'c-9', column: 'values' }).result).toEqual(notFound);
  });

  it('refuses a participant, and changes nothing', () => {
    const state = workshop();
    const { result, next } = run(state, ana, { type: 'card:move', cardId: 'c-1', column: 'resources' });

    expect(result).toEqual(forbidden);
    expect(next).toBe(state);
  });
});

describe('card:merge', () => {
  it('folds one card into another: both pairs credited, the merged card removed', () => {
    const { result, next } = run(workshop(), noor, {
      type: 'card:merge',
      cardId: 'c-2',
      intoCardId: 'c-1',
      text: ' Family first ',
    });

    expect(result).toEqual({
      ok: true,
      data: [{ type: 'card:merged', cardId: 'c-2', intoCardId: 'c-1', text: 'Family first' }],
    });
    expect(next.cards['c-2']).toBeUndefined();
    expect(next.cards['c-1']).toEqual({
      id: 'c-1',
      column: 'values',
      text: 'Family first',
      authorId: 'p-ana',
      pairIds: ['pair-ab', 'pair-cd'],
      createdAt: 2_000,
      updatedAt: NOW,
    });
  });

  it('keeps the target’s text when none is given, and credits a shared pair once', () => {
    const state = workshop({
      cards: {
        'c-1': card('c-1', 'Family', { pairIds: ['pair-ab'] }),
        'c-3': card('c-3', 'Family!', { pairIds: ['pair-ab'] }),
        'c-4': card('c-4', 'Our families'),
      },
    });
    const once = run(state, facilitator, { type: 'card:merge', cardId: 'c-3', intoCardId: 'c-1' }).next;
    expect(once.cards['c-1']).toMatchObject({ text: 'Family', pairIds: ['pair-ab'] });

    const twice = run(once, facilitator, { type: 'card:merge', cardId: 'c-4', intoCardId: 'c-1' }).next;
    expect(Object.keys(twice.cards)).toEqual(['c-1']);
    expect(twice.cards['c-1']?.pairIds).toEqual(['pair-ab']);
  });

  it('refuses to merge a card into itself', () => {
    expect(run(workshop(), noor, { type: 'card:merge', cardId: 'c-1', intoCardId: 'c-1' }).result).toEqual({
      ok: false,
      error: { code: 'invalid_input', reason: expect.any(String) },
    });
  });

  it('says so when either card is gone', () => {
    expect(run(workshop(), noor, { type: 'card:merge', cardId: 'c-9', intoCardId: 'c-1' }).result).toEqual(notFound);
    expect(run(workshop(), noor, { type: 'card:merge', cardId: 'c-1', intoCardId: 'c-9' }).result).toEqual(notFound);
  });

  it('refuses a participant, and changes nothing', () => {
    const state = workshop();
    const { result, next } = run(state, ana, { type: 'card:merge', cardId: 'c-2', intoCardId: 'c-1' });

    expect(result).toEqual(forbidden);
    expect(next).toBe(state);
  });
});
