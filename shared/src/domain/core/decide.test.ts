import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import type { Command, JoinCommand } from './commands.js';
import { decide, type DecideContext } from './decide.js';
import { LIMITS } from './limits.js';
import { createWorkshopState, type Card, type Participant, type WorkshopState } from './state.js';

const facilitator: Actor = { kind: 'facilitator' };
const projector: Actor = { kind: 'projector' };
const ana: Actor = { kind: 'participant', participantId: 'p-ana' };
const noor: Actor = { kind: 'participant', participantId: 'p-noor' };

/** Ids in the order `decide` asks for them, so each test knows exactly what to expect. */
function sequentialIds(prefix = 'id'): DecideContext {
  let n = 0;
  return { newId: () => `${prefix}-${++n}` };
}

function participant(id: string, name: string, role: Participant['role'] = 'participant'): Participant {
  return { id, name, role, joinedAt: 1_000 };
}

function card(id: string, text: string, column: Card['column'] = 'values'): Card {
  return { id, column, text, authorId: null, createdAt: 2_000, updatedAt: 2_000 };
}

/** A workshop with Ana (a participant), Noor (the note-taker) and one card. */
function workshop(overrides: Partial<WorkshopState> = {}): WorkshopState {
  return {
    ...createWorkshopState({ code: 'ABC234', title: 'Practice 1:1', template: 'practice-1on1', createdAt: 500 }),
    seq: 3,
    participants: {
      'p-ana': participant('p-ana', 'Ana'),
      'p-noor': participant('p-noor', 'Noor', 'notetaker'),
    },
    cards: { 'c-1': card('c-1', 'Family comes first') },
    ...overrides,
  };
}

/** Freezes every object in the state so any attempt to change it throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('decide: joining', () => {
  it('turns a join into participant:joined with a new id and the trimmed name', () => {
    const join: JoinCommand = { type: 'participant:join', name: '  Ben  ' };
    expect(decide(workshop(), projector, join, sequentialIds('p'))).toEqual({
      ok: true,
      data: [{ type: 'participant:joined', participantId: 'p-1', name: 'Ben' }],
    });
  });

  it('refuses a join when the workshop is full', () => {
    const participants = Object.fromEntries(
      Array.from({ length: LIMITS.participantsPresent }, (_, i) => [`p-${i}`, participant(`p-${i}`, `P${i}`)]),
    );
    const result = decide(
      workshop({ participants }),
      projector,
      { type: 'participant:join', name: 'Late' },
      sequentialIds(),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', reason: 'workshop.full', params: { count: LIMITS.participantsPresent } },
    });
  });

  it('admits the last person before the workshop is full', () => {
    const participants = Object.fromEntries(
      Array.from({ length: LIMITS.participantsPresent - 1 }, (_, i) => [`p-${i}`, participant(`p-${i}`, `P${i}`)]),
    );
    const result = decide(
      workshop({ participants }),
      projector,
      { type: 'participant:join', name: 'Just in' },
      sequentialIds(),
    );
    expect(result.ok).toBe(true);
  });
});

describe('decide: adding a card', () => {
  const add: Command = { type: 'card:add', column: 'interests', text: '  Learning to cook  ' };

  it('turns a facilitator card:add into card:added with no author and trimmed text', () => {
    expect(decide(workshop(), facilitator, add, sequentialIds('c'))).toEqual({
      ok: true,
      data: [{ type: 'card:added', cardId: 'c-1', column: 'interests', text: 'Learning to cook', authorId: null }],
    });
  });

  it('lets the note-taker add a card and records them as its author', () => {
    expect(decide(workshop(), noor, add, sequentialIds('c'))).toEqual({
      ok: true,
      data: [{ type: 'card:added', cardId: 'c-1', column: 'interests', text: 'Learning to cook', authorId: 'p-noor' }],
    });
  });

  it('refuses a card from a participant', () => {
    expect(decide(workshop(), ana, add, sequentialIds())).toEqual({
      ok: false,
      error: { code: 'forbidden', reason: expect.any(String) },
    });
  });

  it('refuses a card from the projector', () => {
    expect(decide(workshop(), projector, add, sequentialIds())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses a card from someone who is not in the workshop', () => {
    const stranger: Actor = { kind: 'participant', participantId: 'p-stranger' };
    expect(decide(workshop(), stranger, add, sequentialIds())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses a card when the flipchart is full', () => {
    const cards = Object.fromEntries(
      Array.from({ length: LIMITS.cardsPerWorkshop }, (_, i) => [`c-${i}`, card(`c-${i}`, `Card ${i}`)]),
    );
    expect(decide(workshop({ cards }), facilitator, add, sequentialIds())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('decide: editing a card', () => {
  it('turns an edit into card:edited with the trimmed text', () => {
    const edit: Command = { type: 'card:edit', cardId: 'c-1', text: ' Family and friends ' };
    expect(decide(workshop(), facilitator, edit, sequentialIds())).toEqual({
      ok: true,
      data: [{ type: 'card:edited', cardId: 'c-1', text: 'Family and friends' }],
    });
  });

  it('yields no events when the text is unchanged', () => {
    const edit: Command = { type: 'card:edit', cardId: 'c-1', text: 'Family comes first' };
    expect(decide(workshop(), facilitator, edit, sequentialIds())).toEqual({ ok: true, data: [] });
  });

  it('yields no events when the text differs only by surrounding spaces', () => {
    const edit: Command = { type: 'card:edit', cardId: 'c-1', text: '  Family comes first ' };
    expect(decide(workshop(), facilitator, edit, sequentialIds())).toEqual({ ok: true, data: [] });
  });

  it('refuses to edit a card that does not exist', () => {
    const edit: Command = { type: 'card:edit', cardId: 'c-missing', text: 'Anything' };
    expect(decide(workshop(), facilitator, edit, sequentialIds())).toEqual({
      ok: false,
      error: { code: 'not_found', reason: expect.any(String) },
    });
  });

  it('refuses an edit from a participant', () => {
    const edit: Command = { type: 'card:edit', cardId: 'c-1', text: 'Mine now' };
    expect(decide(workshop(), ana, edit, sequentialIds())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('decide: deleting a card', () => {
  it('turns a delete into card:deleted', () => {
    const del: Command = { type: 'card:delete', cardId: 'c-1' };
    expect(decide(workshop(), noor, del, sequentialIds())).toEqual({
      ok: true,
      data: [{ type: 'card:deleted', cardId: 'c-1' }],
    });
  });

  it('refuses to delete a card that does not exist', () => {
    const del: Command = { type: 'card:delete', cardId: 'c-missing' };
    expect(decide(workshop(), facilitator, del, sequentialIds())).toEqual({
      ok: false,
      error: { code: 'not_found', reason: expect.any(String) },
    });
  });

  it('refuses a delete from a participant', () => {
    const del: Command = { type: 'card:delete', cardId: 'c-1' };
    expect(decide(workshop(), ana, del, sequentialIds())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('decide: purity', () => {
  const cases: Array<[string, Actor, Command | JoinCommand]> = [
    ['a join', projector, { type: 'participant:join', name: 'Ben' }],
    ['an accepted card:add', facilitator, { type: 'card:add', column: 'resources', text: 'A bike' }],
    ['a refused card:add', ana, { type: 'card:add', column: 'resources', text: 'A bike' }],
    ['an accepted card:edit', facilitator, { type: 'card:edit', cardId: 'c-1', text: 'Changed' }],
    ['an accepted card:delete', facilitator, { type: 'card:delete', cardId: 'c-1' }],
    ['a card:delete of a missing card', facilitator, { type: 'card:delete', cardId: 'nope' }],
  ];

  it.each(cases)('never changes the state it is given (%s)', (_label, actor, command) => {
    const state = deepFreeze(workshop());
    const before = structuredClone(state);
    decide(state, actor, command, sequentialIds());
    expect(state).toEqual(before);
  });

  it('gives the same answer for the same state, actor, command and ids', () => {
    const state = workshop();
    const command: Command = { type: 'card:add', column: 'values', text: 'Honesty' };
    expect(decide(state, facilitator, command, sequentialIds())).toEqual(
      decide(state, facilitator, command, sequentialIds()),
    );
  });
});
