import { describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor.js';
import type { Command, JoinCommand } from '../core/commands.js';
import { decide } from '../core/decide.js';
import type { DomainEvent } from '../core/events.js';
import {
  isPairFull,
  ODD_PERSON_CHOICES,
  pairAtRandom,
  pairOf,
  pairRole,
  partnerKey,
  partnerKeysOf,
  roundAt,
  type OddPerson,
  type Pair,
} from './pairs.js';
import { applyEvents } from '../core/reduce.js';
import { createWorkshopState, workshopStateSchema, type WorkshopState } from '../core/state.js';
import { stepsFromTemplate } from '../agenda/templates.js';

const facilitator: Actor = { kind: 'facilitator' };
const projector: Actor = { kind: 'projector' };
const T0 = Date.UTC(2025, 2, 14, 18, 0, 0);

function as(participantId: string): Actor {
  return { kind: 'participant', participantId };
}

/** A small seeded generator (mulberry32), so every "random" pairing here is repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function people(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `p-${i + 1}`);
}

/** Asserts that groups split `ids` into pairs, with at most one trio or one single with the facilitator. */
function expectPartition(
  groups: Array<{ memberIds: string[]; withFacilitator: boolean }>,
  ids: readonly string[],
  odd: OddPerson,
): void {
  const label = `${ids.length} people, odd: ${odd}`;
  expect(groups.flatMap((g) => g.memberIds).sort(), label).toEqual([...ids].sort());
  const sizes = groups.map((g) => g.memberIds.length).sort();
  const pairCount = Math.floor(ids.length / 2);
  if (ids.length % 2 === 0) {
    expect(sizes, label).toEqual(Array<number>(pairCount).fill(2));
    expect(
      groups.every((g) => !g.withFacilitator),
      label,
    ).toBe(true);
  } else if (odd === 'trio') {
    expect(sizes, label).toEqual([...Array<number>(pairCount - 1).fill(2), 3]);
    expect(
      groups.every((g) => !g.withFacilitator),
      label,
    ).toBe(true);
  } else {
    expect(sizes, label).toEqual([1, ...Array<number>(pairCount).fill(2)]);
    expect(
      groups.filter((g) => g.withFacilitator).map((g) => g.memberIds.length),
      label,
    ).toEqual([1]);
  }
}

describe('pairAtRandom', () => {
  it.each(ODD_PERSON_CHOICES)('puts everyone in exactly one group, for 2 to 61 people (odd: %s)', (odd) => {
    for (let count = 2; count <= 61; count += 1) {
      const ids = people(count);
      expectPartition(pairAtRandom(ids, { odd, random: seeded(count) }), ids, odd);
    }
  });

  it('partners a single person with the facilitator', () => {
    expect(pairAtRandom(['p-1'], { odd: 'facilitator', random: seeded(1) })).toEqual([
      { memberIds: ['p-1'], withFacilitator: true },
    ]);
  });

  it('leaves the list it was given as it was', () => {
    const ids = Object.freeze(people(7));
    pairAtRandom(ids, { odd: 'trio', random: seeded(3) });
    expect(ids).toEqual(people(7));
  });

  it('repeats nobody from an earlier pairing of six when it need not', () => {
    const ids = people(6);
    for (let seed = 1; seed <= 20; seed += 1) {
      const earlier = pairAtRandom(ids, { odd: 'trio', random: seeded(seed) });
      const pastPartners = new Set(earlier.flatMap((g) => partnerKeysOf(g.memberIds)));
      expect(pastPartners.size).toBe(3);
      const later = pairAtRandom(ids, { odd: 'trio', random: seeded(seed + 100), pastPartners, attempts: 50 });
      expectPartition(later, ids, 'trio');
      const repeated = later.flatMap((g) => partnerKeysOf(g.memberIds)).filter((k) => pastPartners.has(k));
      expect(repeated, `seed ${seed}`).toEqual([]);
    }
  });

  it('would repeat someone by chance with a single attempt, so the avoidance above is real', () => {
    const ids = people(6);
    const repeatsBySeed = Array.from({ length: 20 }, (_, i) => {
      const earlier = pairAtRandom(ids, { odd: 'trio', random: seeded(i + 1) });
      const pastPartners = new Set(earlier.flatMap((g) => partnerKeysOf(g.memberIds)));
      const later = pairAtRandom(ids, { odd: 'trio', random: seeded(i + 101), pastPartners, attempts: 1 });
      return later.flatMap((g) => partnerKeysOf(g.memberIds)).filter((k) => pastPartners.has(k)).length;
    });
    expect(repeatsBySeed.some((n) => n > 0)).toBe(true);
  });

  it('still pairs two people who partnered before when there is nobody else', () => {
    const groups = pairAtRandom(['p-1', 'p-2'], {
      odd: 'trio',
      random: seeded(5),
      pastPartners: new Set([partnerKey('p-1', 'p-2')]),
    });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.memberIds.sort()).toEqual(['p-1', 'p-2']);
    expect(groups[0]?.withFacilitator).toBe(false);
  });
});

describe('partnerKey', () => {
  it('names a partnership the same whichever way round', () => {
    expect(partnerKey('p-b', 'p-a')).toBe(partnerKey('p-a', 'p-b'));
    expect(partnerKeysOf(['p-c', 'p-a', 'p-b']).sort()).toEqual(['p-a|p-b', 'p-a|p-c', 'p-b|p-c']);
  });
});

describe('roundAt', () => {
  const pairsStep = stepsFromTemplate('practice-1on1', counterIds()).find((s) => s.kind === 'pairs') ?? null;

  it('puts the practice’s first organizing and feedback phases in round 1', () => {
    expect(roundAt(pairsStep, 0)).toBe(1);
    expect(roundAt(pairsStep, 1)).toBe(1);
  });

  it('puts the switch and its feedback in round 2', () => {
    expect(roundAt(pairsStep, 2)).toBe(2);
    expect(roundAt(pairsStep, 3)).toBe(2);
  });

  it('keeps the writing phase in round 2', () => {
    expect(pairsStep?.phases[4]?.activity).toBe('write');
    expect(roundAt(pairsStep, 4)).toBe(2);
  });

  it('answers round 1 without a step', () => {
    expect(roundAt(null, 3)).toBe(1);
  });
});

describe('pairRole', () => {
  function pair(memberIds: string[], withFacilitator = false): Pair {
    return { id: 'pair-1', memberIds, withFacilitator, done: false };
  }

  it('has the first of a pair organize round 1 and the second organize round 2', () => {
    const ab = pair(['A', 'B']);
    expect([pairRole(ab, 'A', 1), pairRole(ab, 'B', 1)]).toEqual(['organizer', 'organizee']);
    expect([pairRole(ab, 'A', 2), pairRole(ab, 'B', 2)]).toEqual(['organizee', 'organizer']);
  });

  it('turns a trio’s roles round one place each round', () => {
    const abc = pair(['A', 'B', 'C']);
    const roles = (round: number) => ['A', 'B', 'C'].map((id) => pairRole(abc, id, round));
    expect(roles(1)).toEqual(['organizer', 'organizee', 'observer']);
    expect(roles(2)).toEqual(['observer', 'organizer', 'organizee']);
    expect(roles(3)).toEqual(['organizee', 'observer', 'organizer']);
  });

  it('has someone partnering the facilitator organize in round 1 and be organized in round 2', () => {
    const single = pair(['A'], true);
    expect(pairRole(single, 'A', 1)).toBe('organizer');
    expect(pairRole(single, 'A', 2)).toBe('organizee');
  });
});

describe('isPairFull', () => {
  it('takes a third into a pair, and nobody into a trio', () => {
    const group = (memberIds: string[]): Pair => ({ id: 'pair-1', memberIds, withFacilitator: false, done: false });
    expect(isPairFull(group(['A']))).toBe(false);
    expect(isPairFull(group(['A', 'B']))).toBe(false);
    expect(isPairFull(group(['A', 'B', 'C']))).toBe(true);
  });
});

// --- decide and reduce -------------------------------------------------------------------------

const NAMES = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay', 'Gus'];

function idOf(name: string): string {
  return `p-${name.toLowerCase()}`;
}

/** The practice workshop with the named people joined, one event each, a second apart. */
function workshopWith(names: readonly string[], oddPerson: OddPerson = 'trio'): WorkshopState {
  const base = createWorkshopState({
    code: 'ABC234',
    title: 'Practice 1:1',
    template: 'practice-1on1',
    createdAt: T0,
    agenda: stepsFromTemplate('practice-1on1', counterIds('step')),
  });
  const joined = applyEvents(
    base,
    names.map((name, i) => ({
      seq: i + 1,
      at: T0 + (i + 1) * 1_000,
      event: { type: 'participant:joined', participantId: idOf(name), name },
    })),
  );
  return oddPerson === 'trio' ? joined : apply(joined, { type: 'settings:updated', oddPerson });
}

/** Applies facts directly, numbered after the state's last event. */
function apply(state: WorkshopState, ...events: DomainEvent[]): WorkshopState {
  return applyEvents(
    state,
    events.map((event, i) => ({ seq: state.seq + i + 1, at: T0 + 60_000 + state.seq + i, event })),
  );
}

/** New ids carry the seq they will follow, so ids drawn by successive commands never clash. */
function decideAt(state: WorkshopState, actor: Actor, command: Command | JoinCommand, seed = 7) {
  return decide(state, actor, command, { newId: counterIds(`new-${state.seq}`), random: seeded(seed) });
}

/** The events for a command; fails the test on a refusal. */
function decided(state: WorkshopState, actor: Actor, command: Command | JoinCommand, seed = 7): DomainEvent[] {
  const result = decideAt(state, actor, command, seed);
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.reason}`);
  return result.data;
}

function perform(state: WorkshopState, actor: Actor, command: Command | JoinCommand, seed = 7): WorkshopState {
  return apply(state, ...decided(state, actor, command, seed));
}

function refusal(code: string) {
  return { ok: false, error: { code, reason: expect.any(String) } };
}

/** Ana with Ben, Cai with Dee, Eli with Fay. */
function paired(names: readonly string[] = NAMES.slice(0, 6), oddPerson: OddPerson = 'trio'): WorkshopState {
  return apply(workshopWith(names, oddPerson), {
    type: 'pairs:formed',
    pairs: [
      { id: 'pair-ab', memberIds: [idOf('Ana'), idOf('Ben')], withFacilitator: false },
      { id: 'pair-cd', memberIds: [idOf('Cai'), idOf('Dee')], withFacilitator: false },
      { id: 'pair-ef', memberIds: [idOf('Eli'), idOf('Fay')], withFacilitator: false },
    ],
  });
}

function membersOf(state: WorkshopState): string[][] {
  return Object.values(state.pairs).map((p) => p.memberIds);
}

describe('decide: shuffling pairs', () => {
  it('forms pairs of everyone present and remembers who partnered whom', () => {
    const before = workshopWith(NAMES.slice(0, 6));
    const events = decided(before, facilitator, { type: 'pairs:shuffle' });
    expect(events).toEqual([{ type: 'pairs:formed', pairs: expect.any(Array) }]);
    const state = apply(before, ...events);

    expect(membersOf(state).flat().sort()).toEqual(NAMES.slice(0, 6).map(idOf).sort());
    expect(membersOf(state).map((m) => m.length)).toEqual([2, 2, 2]);
    for (const pair of Object.values(state.pairs)) expect(pair).toMatchObject({ withFacilitator: false, done: false });
    expect([...state.pastPartners].sort()).toEqual(membersOf(state).flatMap(partnerKeysOf).sort());
  });

  it('makes one trio of an odd number by default', () => {
    const state = perform(workshopWith(NAMES.slice(0, 5)), facilitator, { type: 'pairs:shuffle' });
    expect(
      membersOf(state)
        .map((m) => m.length)
        .sort(),
    ).toEqual([2, 3]);
    expect(state.pastPartners).toHaveLength(4);
  });

  it('partners the odd one out with the facilitator when the facilitator chose so', () => {
    const state = perform(workshopWith(NAMES.slice(0, 5), 'facilitator'), facilitator, { type: 'pairs:shuffle' });
    const single = Object.values(state.pairs).filter((p) => p.memberIds.length === 1);
    expect(single).toEqual([expect.objectContaining({ withFacilitator: true, done: false })]);
    expect(
      membersOf(state)
        .map((m) => m.length)
        .sort(),
    ).toEqual([1, 2, 2]);
  });

  it('partners a lone participant with the facilitator when the facilitator chose so', () => {
    const state = perform(workshopWith(['Ana'], 'facilitator'), facilitator, { type: 'pairs:shuffle' });
    expect(Object.values(state.pairs)).toEqual([
      expect.objectContaining({ memberIds: [idOf('Ana')], withFacilitator: true }),
    ]);
  });

  it('meets new partners on a second shuffle of six', () => {
    const first = perform(workshopWith(NAMES.slice(0, 6)), facilitator, { type: 'pairs:shuffle' }, 1);
    const earlier = new Set(first.pastPartners);
    const second = perform(first, facilitator, { type: 'pairs:shuffle' }, 2);
    const repeated = membersOf(second)
      .flatMap(partnerKeysOf)
      .filter((k) => earlier.has(k));
    expect(repeated).toEqual([]);
    expect(second.pastPartners).toHaveLength(6);
  });

  it('refuses a shuffle from a participant', () => {
    expect(decideAt(workshopWith(NAMES.slice(0, 4)), as(idOf('Ana')), { type: 'pairs:shuffle' })).toEqual(
      refusal('forbidden'),
    );
  });

  it('refuses a shuffle from the projector', () => {
    expect(decideAt(workshopWith(NAMES.slice(0, 4)), projector, { type: 'pairs:shuffle' })).toEqual(
      refusal('forbidden'),
    );
  });

  it('refuses a shuffle with fewer than two people', () => {
    expect(decideAt(workshopWith(['Ana']), facilitator, { type: 'pairs:shuffle' })).toEqual(refusal('invalid_input'));
    expect(decideAt(workshopWith([]), facilitator, { type: 'pairs:shuffle' })).toEqual(refusal('invalid_input'));
    expect(decideAt(workshopWith([], 'facilitator'), facilitator, { type: 'pairs:shuffle' })).toEqual(
      refusal('invalid_input'),
    );
  });

  it('refuses a shuffle when only one of two people is still there', () => {
    const state = apply(workshopWith(['Ana', 'Ben']), { type: 'participant:left', participantId: idOf('Ana') });
    expect(decideAt(state, facilitator, { type: 'pairs:shuffle' })).toEqual(refusal('invalid_input'));
  });
});

describe('decide: moving someone to another pair', () => {
  it('moves someone into an existing pair, making a trio and leaving their partner alone', () => {
    const before = paired();
    const events = decided(before, facilitator, { type: 'pairs:move', participantId: idOf('Ana'), to: 'pair-cd' });
    expect(events).toEqual([
      { type: 'pairs:member-moved', participantId: idOf('Ana'), toPairId: 'pair-cd', withFacilitator: false },
    ]);
    const state = apply(before, ...events);
    expect(state.pairs['pair-cd']?.memberIds).toEqual([idOf('Cai'), idOf('Dee'), idOf('Ana')]);
    expect(state.pairs['pair-ab']).toEqual({
      id: 'pair-ab',
      memberIds: [idOf('Ben')],
      withFacilitator: false,
      done: false,
    });
    expect(state.pairs['pair-ef']?.memberIds).toEqual([idOf('Eli'), idOf('Fay')]);
    expect(state.pastPartners).toEqual(
      expect.arrayContaining([partnerKey(idOf('Ana'), idOf('Cai')), partnerKey(idOf('Ana'), idOf('Dee'))]),
    );
  });

  it('moves someone into a new pair of their own', () => {
    const state = perform(paired(), facilitator, { type: 'pairs:move', participantId: idOf('Ana'), to: 'new' });
    const own = pairOf(state.pairs, idOf('Ana'));
    expect(own).toEqual({ id: expect.any(String), memberIds: [idOf('Ana')], withFacilitator: false, done: false });
    expect(Object.keys(paired().pairs)).not.toContain(own?.id);
    expect(state.pairs['pair-ab']?.memberIds).toEqual([idOf('Ben')]);
    expect(Object.keys(state.pairs)).toHaveLength(4);
  });

  it('moves someone to partner the facilitator', () => {
    const state = perform(paired(), facilitator, {
      type: 'pairs:move',
      participantId: idOf('Ana'),
      to: 'facilitator',
    });
    expect(pairOf(state.pairs, idOf('Ana'))).toMatchObject({ memberIds: [idOf('Ana')], withFacilitator: true });
    expect(state.pairs['pair-ab']).toMatchObject({ memberIds: [idOf('Ben')], withFacilitator: false });
  });

  it('ends partnering the facilitator when someone joins that single', () => {
    const alone = perform(paired(), facilitator, { type: 'pairs:move', participantId: idOf('Ana'), to: 'facilitator' });
    const single = pairOf(alone.pairs, idOf('Ana'));
    if (!single) throw new Error('Ana has no pair');
    const state = perform(alone, facilitator, { type: 'pairs:move', participantId: idOf('Ben'), to: single.id });
    expect(state.pairs[single.id]).toEqual({
      id: single.id,
      memberIds: [idOf('Ana'), idOf('Ben')],
      withFacilitator: false,
      done: false,
    });
    expect(state.pairs['pair-ab']).toBeUndefined();
  });

  it('refuses a move into a full trio', () => {
    const trio = perform(paired(), facilitator, { type: 'pairs:move', participantId: idOf('Ana'), to: 'pair-cd' });
    expect(decideAt(trio, facilitator, { type: 'pairs:move', participantId: idOf('Eli'), to: 'pair-cd' })).toEqual(
      refusal('invalid_input'),
    );
  });

  it('yields no events for a move into the pair someone is already in', () => {
    expect(decideAt(paired(), facilitator, { type: 'pairs:move', participantId: idOf('Ana'), to: 'pair-ab' })).toEqual({
      ok: true,
      data: [],
    });
  });

  it('answers not_found for a pair that is not there, or a person who is not', () => {
    expect(decideAt(paired(), facilitator, { type: 'pairs:move', participantId: idOf('Ana'), to: 'pair-zz' })).toEqual(
      refusal('not_found'),
    );
    expect(decideAt(paired(), facilitator, { type: 'pairs:move', participantId: 'p-nobody', to: 'pair-ab' })).toEqual(
      refusal('not_found'),
    );
    const left = apply(paired(), { type: 'participant:left', participantId: idOf('Ana') });
    expect(decideAt(left, facilitator, { type: 'pairs:move', participantId: idOf('Ana'), to: 'pair-cd' })).toEqual(
      refusal('not_found'),
    );
  });

  it('refuses a move from a participant', () => {
    expect(
      decideAt(paired(), as(idOf('Ana')), { type: 'pairs:move', participantId: idOf('Ana'), to: 'pair-cd' }),
    ).toEqual(refusal('forbidden'));
  });
});

describe('decide: leaving the workshop', () => {
  it('frees the partner of someone who leaves: alone, not with the facilitator, not done', () => {
    const before = apply(paired(), { type: 'pairs:done-set', pairId: 'pair-ab', done: true });
    const events = decided(before, as(idOf('Ana')), { type: 'participant:leave', participantId: idOf('Ana') });
    expect(events).toEqual([{ type: 'participant:left', participantId: idOf('Ana') }]);
    const state = apply(before, ...events);
    expect(state.participants[idOf('Ana')]?.leftAt).toEqual(expect.any(Number));
    expect(state.pairs['pair-ab']).toEqual({
      id: 'pair-ab',
      memberIds: [idOf('Ben')],
      withFacilitator: false,
      done: false,
    });
    expect(pairOf(state.pairs, idOf('Ana'))).toBeNull();
  });

  it('lets the facilitator take someone off the roster, with the same effect', () => {
    const state = perform(paired(), facilitator, { type: 'participant:leave', participantId: idOf('Ana') });
    expect(state.participants[idOf('Ana')]?.leftAt).toEqual(expect.any(Number));
    expect(state.pairs['pair-ab']?.memberIds).toEqual([idOf('Ben')]);
  });

  it('takes the role of someone who leaves back to participant', () => {
    const notetaker = apply(paired(), {
      type: 'participant:role-assigned',
      participantId: idOf('Ana'),
      role: 'notetaker',
    });
    const state = perform(notetaker, facilitator, { type: 'participant:leave', participantId: idOf('Ana') });
    expect(state.participants[idOf('Ana')]?.role).toBe('participant');
  });

  it('keeps the other two of a trio together when one leaves', () => {
    const trio = perform(paired(), facilitator, { type: 'pairs:move', participantId: idOf('Ana'), to: 'pair-cd' });
    const state = perform(trio, as(idOf('Cai')), { type: 'participant:leave', participantId: idOf('Cai') });
    expect(state.pairs['pair-cd']?.memberIds).toEqual([idOf('Dee'), idOf('Ana')]);
  });

  it('removes the pair of someone who partnered the facilitator and leaves', () => {
    const single = perform(paired(), facilitator, {
      type: 'pairs:move',
      participantId: idOf('Ana'),
      to: 'facilitator',
    });
    const state = perform(single, as(idOf('Ana')), { type: 'participant:leave', participantId: idOf('Ana') });
    expect(membersOf(state).sort()).toEqual([[idOf('Ben')], [idOf('Cai'), idOf('Dee')], [idOf('Eli'), idOf('Fay')]]);
  });

  it('refuses to let one participant make another leave', () => {
    expect(decideAt(paired(), as(idOf('Ben')), { type: 'participant:leave', participantId: idOf('Ana') })).toEqual(
      refusal('forbidden'),
    );
  });

  it('answers not_found for someone who has already left', () => {
    const left = perform(paired(), as(idOf('Ana')), { type: 'participant:leave', participantId: idOf('Ana') });
    expect(decideAt(left, facilitator, { type: 'participant:leave', participantId: idOf('Ana') })).toEqual(
      refusal('not_found'),
    );
  });

  it('leaves someone who left out of the next shuffle', () => {
    const left = perform(paired(), as(idOf('Ana')), { type: 'participant:leave', participantId: idOf('Ana') });
    const state = perform(left, facilitator, { type: 'pairs:shuffle' });
    expect(membersOf(state).flat().sort()).toEqual(['Ben', 'Cai', 'Dee', 'Eli', 'Fay'].map(idOf).sort());
  });
});

describe('decide: someone joins after pairs exist', () => {
  const join: JoinCommand = { type: 'participant:join', name: 'Gus' };

  function joinedId(events: DomainEvent[]): string {
    const joined = events.find((e) => e.type === 'participant:joined');
    if (joined?.type !== 'participant:joined') throw new Error('nobody joined');
    return joined.participantId;
  }

  it('only joins when there are no pairs yet', () => {
    expect(decided(workshopWith(NAMES.slice(0, 4)), projector, join)).toEqual([
      { type: 'participant:joined', participantId: expect.any(String), name: 'Gus' },
    ]);
  });

  it('partners a latecomer with someone left alone', () => {
    const left = perform(paired(), as(idOf('Ana')), { type: 'participant:leave', participantId: idOf('Ana') });
    const events = decided(left, projector, join);
    const gus = joinedId(events);
    expect(events).toEqual([
      { type: 'participant:joined', participantId: gus, name: 'Gus' },
      { type: 'pairs:member-moved', participantId: gus, toPairId: 'pair-ab', withFacilitator: false },
    ]);
    const state = apply(left, ...events);
    expect(state.pairs['pair-ab']).toMatchObject({ memberIds: [idOf('Ben'), gus], withFacilitator: false });
  });

  it('partners a latecomer with someone who was partnering the facilitator', () => {
    const alone = perform(workshopWith(NAMES.slice(0, 5), 'facilitator'), facilitator, { type: 'pairs:shuffle' });
    const single = Object.values(alone.pairs).find((p) => p.withFacilitator);
    const state = perform(alone, projector, join);
    const gus = Object.values(state.participants).find((p) => p.name === 'Gus')?.id;
    expect(state.pairs[single?.id ?? '']).toMatchObject({
      memberIds: [...(single?.memberIds ?? []), gus],
      withFacilitator: false,
    });
  });

  it('makes a trio of a latecomer when everyone is paired and odd people make trios', () => {
    const events = decided(paired(), projector, join);
    const gus = joinedId(events);
    const state = apply(paired(), ...events);
    const trio = pairOf(state.pairs, gus);
    expect(trio?.memberIds).toHaveLength(3);
    expect(trio?.withFacilitator).toBe(false);
    expect(
      membersOf(state)
        .map((m) => m.length)
        .sort(),
    ).toEqual([2, 2, 3]);
  });

  it('pairs a second latecomer with the trio’s observer instead of growing a second trio', () => {
    const first = decided(paired(), projector, join);
    const withTrio = apply(paired(), ...first);
    const secondJoin = { type: 'participant:join', name: 'Hal' } as const;
    const events = decided(withTrio, projector, secondJoin);
    const hal = joinedId(events);
    const state = apply(withTrio, ...events);
    expect(
      membersOf(state)
        .map((m) => m.length)
        .sort(),
    ).toEqual([2, 2, 2, 2]);
    expect(pairOf(state.pairs, hal)?.memberIds).toHaveLength(2);
  });

  it('partners a latecomer with the facilitator when everyone is paired and the facilitator chose so', () => {
    const before = paired(NAMES.slice(0, 6), 'facilitator');
    const events = decided(before, projector, join);
    const gus = joinedId(events);
    const state = apply(before, ...events);
    expect(pairOf(state.pairs, gus)).toEqual({
      id: expect.any(String),
      memberIds: [gus],
      withFacilitator: true,
      done: false,
    });
    expect(Object.keys(state.pairs)).toHaveLength(4);
  });
});

describe('decide: a pair says it is done', () => {
  it('marks only the pair of the member who says so', () => {
    const before = paired();
    const events = decided(before, as(idOf('Ana')), { type: 'pairs:set-done', done: true });
    expect(events).toEqual([{ type: 'pairs:done-set', pairId: 'pair-ab', done: true }]);
    const state = apply(before, ...events);
    expect(Object.values(state.pairs).map((p) => [p.id, p.done])).toEqual([
      ['pair-ab', true],
      ['pair-cd', false],
      ['pair-ef', false],
    ]);
  });

  it('lets the other member undo it', () => {
    const done = perform(paired(), as(idOf('Ana')), { type: 'pairs:set-done', done: true });
    const state = perform(done, as(idOf('Ben')), { type: 'pairs:set-done', done: false });
    expect(state.pairs['pair-ab']?.done).toBe(false);
  });

  it('yields no events when the pair is already so', () => {
    expect(decideAt(paired(), as(idOf('Ana')), { type: 'pairs:set-done', done: false })).toEqual({
      ok: true,
      data: [],
    });
  });

  it('refuses someone who is in no pair, the facilitator and the projector', () => {
    const withGus = apply(paired(), { type: 'participant:joined', participantId: idOf('Gus'), name: 'Gus' });
    for (const actor of [as(idOf('Gus')), facilitator, projector]) {
      expect(decideAt(withGus, actor, { type: 'pairs:set-done', done: true })).toEqual(refusal('forbidden'));
    }
  });

  it('takes the mark off a pair whose members change', () => {
    const done = perform(paired(), as(idOf('Ana')), { type: 'pairs:set-done', done: true });
    const state = perform(done, facilitator, { type: 'pairs:move', participantId: idOf('Eli'), to: 'pair-ab' });
    expect(state.pairs['pair-ab']).toMatchObject({ memberIds: [idOf('Ana'), idOf('Ben'), idOf('Eli')], done: false });
  });
});

describe('decide: clearing the pairs', () => {
  it('clears every pair but remembers who partnered whom', () => {
    const before = paired();
    const events = decided(before, facilitator, { type: 'pairs:clear' });
    expect(events).toEqual([{ type: 'pairs:cleared' }]);
    const state = apply(before, ...events);
    expect(state.pairs).toEqual({});
    expect(state.pastPartners).toEqual(before.pastPartners);
    expect(state.pastPartners).toHaveLength(3);
  });

  it('yields no events when there are no pairs', () => {
    expect(decideAt(workshopWith(['Ana', 'Ben']), facilitator, { type: 'pairs:clear' })).toEqual({
      ok: true,
      data: [],
    });
  });

  it('refuses a clear from a participant', () => {
    expect(decideAt(paired(), as(idOf('Ana')), { type: 'pairs:clear' })).toEqual(refusal('forbidden'));
  });
});

describe('decide: what to do with the odd person', () => {
  it('changes the setting, and the next shuffle follows it', () => {
    const before = workshopWith(NAMES.slice(0, 5));
    const events = decided(before, facilitator, { type: 'settings:update', oddPerson: 'facilitator' });
    expect(events).toEqual([{ type: 'settings:updated', oddPerson: 'facilitator' }]);
    const state = apply(before, ...events);
    expect(state.settings).toEqual({ ...before.settings, oddPerson: 'facilitator' });

    const shuffled = perform(state, facilitator, { type: 'pairs:shuffle' });
    expect(Object.values(shuffled.pairs).filter((p) => p.withFacilitator)).toHaveLength(1);
  });

  it('yields no events when the setting is already so', () => {
    expect(decideAt(workshopWith([]), facilitator, { type: 'settings:update', oddPerson: 'trio' })).toEqual({
      ok: true,
      data: [],
    });
  });

  it('refuses the setting to a participant', () => {
    expect(decideAt(workshopWith(['Ana']), as(idOf('Ana')), { type: 'settings:update', oddPerson: 'trio' })).toEqual(
      refusal('forbidden'),
    );
  });
});

describe('workshopStateSchema', () => {
  it('loads a workshop stored before pairs existed, with no pairs and odd people in trios', () => {
    const stored = JSON.parse(JSON.stringify(workshopWith(['Ana', 'Ben']))) as Record<string, unknown> & {
      settings: Record<string, unknown>;
    };
    delete stored.pairs;
    delete stored.pastPartners;
    delete stored.settings.oddPerson;

    const parsed = workshopStateSchema.parse(stored);
    expect(parsed.pairs).toEqual({});
    expect(parsed.pastPartners).toEqual([]);
    expect(parsed.settings.oddPerson).toBe('trio');
    expect(parsed.participants).toEqual(workshopWith(['Ana', 'Ben']).participants);
  });
});

describe('the facilitator sitting in with a pair', () => {
  it('observes one pair at a time, and stops', () => {
    let state = createWorkshopState({ code: 'OBS', title: 'Try a 1:1', template: 'training-plan', createdAt: 0 });
    let seq = 0;
    let ids = 0;
    const perform = (actor: Actor, command: Command) => {
      const result = decide(state, actor, command, { newId: () => `id-${++ids}`, random: () => 0.5 });
      if (!result.ok) return result;
      state = applyEvents(
        state,
        result.data.map((event) => ({ seq: ++seq, at: seq, event })),
      );
      return result;
    };
    for (const name of ['Ana', 'Ben', 'Cai', 'Dee'])
      perform({ kind: 'projector' }, { type: 'participant:join', name } as never);
    perform({ kind: 'facilitator' }, { type: 'pairs:shuffle' });
    const [first, second] = Object.keys(state.pairs);
    perform({ kind: 'facilitator' }, { type: 'pairs:observe', pairId: first! });
    expect(state.pairs[first!]?.observed).toBe(true);
    perform({ kind: 'facilitator' }, { type: 'pairs:observe', pairId: second! });
    expect(
      Object.values(state.pairs)
        .filter((p) => p.observed)
        .map((p) => p.id),
    ).toEqual([second]);
    const ana = Object.keys(state.participants)[0]!;
    expect(perform({ kind: 'participant', participantId: ana }, { type: 'pairs:observe', pairId: null })).toMatchObject(
      {
        ok: false,
        error: { code: 'forbidden' },
      },
    );
    perform({ kind: 'facilitator' }, { type: 'pairs:observe', pairId: null });
    expect(Object.values(state.pairs).some((p) => p.observed)).toBe(false);
  });
});
