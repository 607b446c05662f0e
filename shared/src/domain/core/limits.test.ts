import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import type { Command, JoinCommand } from './commands.js';
import { decide } from './decide.js';
import { stateProblems } from './invariants.js';
import { LIMITS } from './limits.js';
import { applyEvents } from './reduce.js';
import { createWorkshopState, type WorkshopState } from './state.js';
import { importRecord, toJson } from '../../export/json.js';
import type { ReasonCode } from '../../protocol/reasons.js';

const facilitator: Actor = { kind: 'facilitator' };
const projector: Actor = { kind: 'projector' };

/** A tiny server: decides and applies, and says why when a command is refused. */
class Room {
  state: WorkshopState = createWorkshopState({ code: 'ABC234', title: 'Limits', template: 'custom', createdAt: 1 });
  private ids = 0;

  act(actor: Actor, command: Command | JoinCommand): ReasonCode | null {
    const decided = decide(this.state, actor, command, { newId: () => `id-${++this.ids}`, now: 10 });
    if (!decided.ok) return decided.error.reason;
    const seq = this.state.seq;
    this.state = applyEvents(
      this.state,
      decided.data.map((event, i) => ({ seq: seq + i + 1, at: 10, event })),
    );
    return null;
  }

  join(name: string): Actor {
    const refused = this.act(projector, { type: 'participant:join', name });
    if (refused) throw new Error(refused);
    const newest = Object.values(this.state.participants).at(-1)!;
    return { kind: 'participant', participantId: newest.id };
  }

  /** Sends the same command until it is refused; returns how many were accepted and the refusal. */
  flood(actor: Actor, command: Command, most: number): { accepted: number; refusal: ReasonCode | null } {
    for (let accepted = 0; accepted < most; accepted += 1) {
      const refusal = this.act(actor, command);
      if (refusal) return { accepted, refusal };
    }
    return { accepted: most, refusal: null };
  }
}

describe('every list a client can grow has a limit', () => {
  it('stops one person at 20 waiting notes while the others can still send theirs', () => {
    const room = new Room();
    const ana = room.join('Ana');
    const ben = room.join('Ben');
    const note: Command = { type: 'card:suggest', column: 'values', text: 'Family' };
    const flood = room.flood(ana, note, 3_000);
    expect(flood.accepted).toBe(LIMITS.suggestionsWaitingPerPerson);
    expect(flood.refusal).toBe('suggestion.tooManyOfYours');
    expect(room.act(ben, note)).toBeNull();
  });

  it('stops the waiting notes of the whole room at their limit', () => {
    const room = new Room();
    const note: Command = { type: 'card:suggest', column: 'values', text: 'Family' };
    let sent = 0;
    while (sent < LIMITS.suggestionsWaiting) {
      const person = room.join(`P${sent}`);
      sent += room.flood(person, note, LIMITS.suggestionsWaitingPerPerson).accepted;
    }
    expect(room.act(room.join('Late'), note)).toBe('suggestion.tooMany');
    expect(stateProblems(room.state)).toEqual([]);
  });

  it('stops one person at 30 posts and the list of learnings at its limit', () => {
    const room = new Room();
    const ana = room.join('Ana');
    expect(room.flood(ana, { type: 'post:add', kind: 'question', text: 'Why?' }, 100).accepted).toBe(
      LIMITS.postsPerPerson,
    );
    const learning: Command = { type: 'learning:add', text: 'Listen more' };
    expect(room.flood(facilitator, learning, 1_000).accepted).toBe(LIMITS.learnings);
  });

  it('frees the place of someone who left, so a full room takes a newcomer', () => {
    const room = new Room();
    const people = Array.from({ length: LIMITS.participantsPresent }, (_, i) => room.join(`P${i}`));
    expect(room.act(projector, { type: 'participant:join', name: 'One more' })).toBe('workshop.full');
    const gone = people[0]!;
    if (gone.kind !== 'participant') throw new Error('expected a participant');
    expect(room.act(facilitator, { type: 'participant:leave', participantId: gone.participantId })).toBeNull();
    expect(room.act(projector, { type: 'participant:join', name: 'One more' })).toBeNull();
  });

  it('caps the roster’s whole history, so joining and leaving cannot grow it for ever', () => {
    const room = new Room();
    let refusal: string | null = null;
    for (let i = 0; i < LIMITS.participantsEver + 5 && !refusal; i += 1) {
      refusal = room.act(projector, { type: 'participant:join', name: `P${i}` });
      const newest = Object.values(room.state.participants).at(-1)!;
      room.act(facilitator, { type: 'participant:leave', participantId: newest.id });
    }
    expect(refusal).toBe('workshop.tooManyJoins');
    expect(Object.keys(room.state.participants)).toHaveLength(LIMITS.participantsEver);
  });

  it('refuses to pair again once the workshop has made its limit of pairs', () => {
    const room = new Room();
    for (let i = 0; i < 200; i += 1) room.join(`P${i}`);
    const shuffles = room.flood(facilitator, { type: 'pairs:shuffle' }, 100);
    expect(shuffles.accepted).toBe(Math.floor(LIMITS.pairsEver / 100));
    expect(shuffles.refusal).toBe('pairs.tooManyRounds');
    expect(stateProblems(room.state)).toEqual([]);
  });
});

describe('an imported record meets the same limits', () => {
  function recordOf(state: WorkshopState): unknown {
    return JSON.parse(toJson({ state, notebooks: [], followUps: [], evaluations: [], reflection: null }));
  }

  it('keeps a sound record', () => {
    const room = new Room();
    room.join('Ana');
    expect(importRecord(recordOf(room.state)).ok).toBe(true);
  });

  it('refuses a record with more cards than a flipchart holds', () => {
    const room = new Room();
    const cards = Object.fromEntries(
      Array.from({ length: LIMITS.cardsPerWorkshop + 1 }, (_, i) => [
        `c${i}`,
        { id: `c${i}`, column: 'values' as const, text: 'x', authorId: null, createdAt: 1, updatedAt: 1 },
      ]),
    );
    const result = importRecord(recordOf({ ...room.state, cards }));
    expect(result.ok ? null : result.error).toMatchObject({
      reason: 'import.breaksRules',
      params: { detail: expect.stringMatching(/cards: 1001 \(at most 1000\)/) },
    });
  });

  it('refuses a record whose dates no export could write', () => {
    const room = new Room();
    expect(importRecord(recordOf({ ...room.state, createdAt: 8.64e15 })).ok).toBe(false);
  });

  it('brings in nothing keyed by a name objects inherit, and changes no prototype', () => {
    const room = new Room();
    const json = toJson({ state: room.state, notebooks: [], followUps: [], evaluations: [], reflection: null });
    const hostile = json.replace(
      '"participants": {}',
      '"participants": { "__proto__": { "id": "__proto__", "name": "X", "role": "notetaker", "joinedAt": 1 } }',
    );
    expect(hostile).not.toBe(json);
    const result = importRecord(hostile);
    const participants = result.ok ? result.data.state.participants : {};
    expect(Object.keys(participants)).toEqual([]);
    expect(Object.getPrototypeOf(participants)).toBe(Object.prototype);
    expect(({} as { role?: string }).role).toBeUndefined();
  });
});
