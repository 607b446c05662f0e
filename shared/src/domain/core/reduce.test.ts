import { describe, expect, it } from 'vitest';
import { decide } from './decide.js';
import type { DomainEvent, SequencedEvent } from './events.js';
import { applyEvent, applyEvents } from './reduce.js';
import { createWorkshopState, type WorkshopState } from './state.js';

function fresh(): WorkshopState {
  return createWorkshopState({ code: 'ABC234', title: 'Practice 1:1', template: 'practice-1on1', createdAt: 100 });
}

function at(seq: number, time: number, event: DomainEvent): SequencedEvent {
  return { seq, at: time, event };
}

const anaJoined = at(1, 1_000, { type: 'participant:joined', participantId: 'p-ana', name: 'Ana' });
const cardAdded = at(2, 2_000, {
  type: 'card:added',
  cardId: 'c-1',
  column: 'values',
  text: 'Honesty',
  authorId: null,
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('applyEvent', () => {
  it('adds a joined participant with the participant role and the event time, and takes its seq', () => {
    const next = applyEvent(fresh(), anaJoined);
    expect(next.seq).toBe(1);
    expect(next.participants).toEqual({ 'p-ana': { id: 'p-ana', name: 'Ana', role: 'participant', joinedAt: 1_000 } });
  });

  it('adds a card stamped with the event time', () => {
    const next = applyEvent(applyEvent(fresh(), anaJoined), cardAdded);
    expect(next.seq).toBe(2);
    expect(next.cards).toEqual({
      'c-1': { id: 'c-1', column: 'values', text: 'Honesty', authorId: null, createdAt: 2_000, updatedAt: 2_000 },
    });
  });

  it('keeps the author of a card added by a participant', () => {
    const next = applyEvent(
      fresh(),
      at(1, 10, { type: 'card:added', cardId: 'c-9', column: 'resources', text: 'Bike', authorId: 'p-ana' }),
    );
    expect(next.cards['c-9']?.authorId).toBe('p-ana');
  });

  it('changes an edited card’s text and updatedAt but not its createdAt', () => {
    const next = applyEvents(fresh(), [
      cardAdded,
      at(3, 3_000, { type: 'card:edited', cardId: 'c-1', text: 'Openness' }),
    ]);
    expect(next.seq).toBe(3);
    expect(next.cards['c-1']).toEqual({
      id: 'c-1',
      column: 'values',
      text: 'Openness',
      authorId: null,
      createdAt: 2_000,
      updatedAt: 3_000,
    });
  });

  it('removes a deleted card', () => {
    const next = applyEvents(fresh(), [cardAdded, at(3, 3_000, { type: 'card:deleted', cardId: 'c-1' })]);
    expect(next.seq).toBe(3);
    expect(next.cards).toEqual({});
  });

  it('bumps seq but changes no card when an edit names an unknown card', () => {
    const before = applyEvent(fresh(), cardAdded);
    const next = applyEvent(before, at(3, 3_000, { type: 'card:edited', cardId: 'c-missing', text: 'x' }));
    expect(next.seq).toBe(3);
    expect(next.cards).toEqual(before.cards);
  });

  it('leaves the title, code, template and participants alone when a card changes', () => {
    const before = applyEvent(fresh(), anaJoined);
    const next = applyEvent(before, cardAdded);
    expect(next).toMatchObject({
      code: 'ABC234',
      title: 'Practice 1:1',
      template: 'practice-1on1',
      createdAt: 100,
      participants: before.participants,
    });
  });

  it('never changes the state it is given', () => {
    const state = deepFreeze(applyEvents(fresh(), [anaJoined, cardAdded]));
    const before = structuredClone(state);
    applyEvent(state, at(3, 3_000, { type: 'card:edited', cardId: 'c-1', text: 'Openness' }));
    applyEvent(state, at(3, 3_000, { type: 'card:deleted', cardId: 'c-1' }));
    applyEvent(state, at(3, 3_000, { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' }));
    expect(state).toEqual(before);
  });
});

describe('applyEvents', () => {
  it('applies events in order and ends at the last seq', () => {
    const next = applyEvents(fresh(), [
      anaJoined,
      cardAdded,
      at(3, 3_000, { type: 'card:edited', cardId: 'c-1', text: 'Openness' }),
      at(4, 4_000, { type: 'card:added', cardId: 'c-2', column: 'interests', text: 'Chess', authorId: null }),
      at(5, 5_000, { type: 'card:deleted', cardId: 'c-1' }),
    ]);
    expect(next.seq).toBe(5);
    expect(Object.keys(next.participants)).toEqual(['p-ana']);
    expect(Object.values(next.cards).map((c) => c.text)).toEqual(['Chess']);
  });

  it('returns the same state for no events', () => {
    const state = fresh();
    expect(applyEvents(state, [])).toBe(state);
  });

  it('turns what decide produced into the card the command asked for', () => {
    let n = 0;
    const decided = decide(
      fresh(),
      { kind: 'facilitator' },
      { type: 'card:add', column: 'values', text: ' Trust ' },
      {
        newId: () => `c-${++n}`,
      },
    );
    if (!decided.ok) throw new Error(decided.error.reason);
    const next = applyEvents(
      fresh(),
      decided.data.map((event, i) => at(i + 1, 7_000, event)),
    );
    expect(next.cards['c-1']).toMatchObject({ text: 'Trust', column: 'values', authorId: null, createdAt: 7_000 });
    expect(next.seq).toBe(1);
  });
});
