import {
  pairOf,
  type CreateWorkshopResponse,
  type Pair,
  type SequencedEvent,
  type WorkshopState,
} from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, snapshotOf, unwrap, type TestServer, send, type Screen } from './helpers.js';
import { openRoom } from './room.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

const NAMES = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay'] as const;

let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: Screen;
/** The six participants' screens, in the order of NAMES. */
let participants: Screen[];
/** Participant ids, in the order of NAMES. */
let ids: string[];
/** Everyone with a screen in the workshop, the sender of any command included. */
let everyone: Screen[];

/**
 * A practice workshop with a facilitator, a projector and six participants, every screen having
 * taken the join events it was sent, so each test starts with empty inboxes at seq 6.
 */
beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Practice 1:1', template: 'practice-1on1' });
  ({ facilitator, participants, ids, everyone } = await openRoom(harness, server, workshop, [...NAMES]));
});

function stateNow(): Promise<WorkshopState> {
  return snapshotOf(harness, server, workshop).then((snapshot) => snapshot.state);
}

function screenOf(participantId: string): Screen {
  const screen = participants[ids.indexOf(participantId)];
  if (!screen) throw new Error(`no screen for ${participantId}`);
  return screen;
}

/** Every screen's next workshop:events message; asserts they are one and the same. */
async function everyoneReceives(): Promise<SequencedEvent[]> {
  const received = await Promise.all(everyone.map((screen) => screen.client.events.next()));
  for (const batch of received) expect(batch).toEqual(received[0]);
  return received[0] ?? [];
}

/**
 * Proves that no screen received anything since the last message it took: the facilitator
 * adds a card, and since a socket delivers in order, each screen's next message must be it.
 */
async function expectNobodyReceivedAnything(): Promise<void> {
  const { seq } = unwrap(await facilitator.client.addCard('resources', 'Follow-up'));
  const batch = await everyoneReceives();
  expect(batch).toEqual([{ seq, at: expect.any(Number), event: expect.objectContaining({ type: 'card:added' }) }]);
}

/** The facilitator shuffles and every screen takes the pairs; returns them as the server holds them. */
async function shuffle(): Promise<Pair[]> {
  unwrap(await send(facilitator.client, 'pairs:shuffle', {}));
  await everyoneReceives();
  return Object.values((await stateNow()).pairs);
}

function partnerOf(pairs: Pair[], participantId: string): string {
  const pair = pairs.find((p) => p.memberIds.includes(participantId));
  const partner = pair?.memberIds.find((id) => id !== participantId);
  if (!partner) throw new Error(`${participantId} has no partner`);
  return partner;
}

describe('the facilitator pairs people up', () => {
  it('shows every screen the same pairs, each of the six in exactly one pair of two', async () => {
    expect(await send(facilitator.client, 'pairs:shuffle', {})).toEqual({ ok: true, data: { seq: 7 } });

    const batch = await everyoneReceives();
    expect(batch).toEqual([
      { seq: 7, at: expect.any(Number), event: { type: 'pairs:formed', pairs: expect.any(Array) } },
    ]);
    const formed = batch[0]?.event;
    if (formed?.type !== 'pairs:formed') throw new Error('expected pairs:formed');
    expect(formed.pairs.map((p) => p.memberIds.length)).toEqual([2, 2, 2]);
    expect(formed.pairs.flatMap((p) => p.memberIds).sort()).toEqual([...ids].sort());
    expect(formed.pairs.every((p) => !p.withFacilitator)).toBe(true);

    const held = await stateNow();
    expect(Object.keys(held.pairs)).toHaveLength(3);
    for (const screen of everyone) expect(screen.state.pairs).toEqual(held.pairs);
    for (const id of ids) expect(pairOf(held.pairs, id)?.memberIds).toHaveLength(2);
  });

  it('refuses a shuffle from a participant, and nobody hears of it', async () => {
    const before = await stateNow();
    expect(await send(participants[0]!.client, 'pairs:shuffle', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', reason: 'pairs.facilitatorOnly' },
    });
    expect(await stateNow()).toEqual(before);
    await expectNobodyReceivedAnything();
  });
});

describe('someone leaves their pair', () => {
  it('leaves their partner alone in the pair on every screen', async () => {
    const pairs = await shuffle();
    const [ana] = participants;
    const anaId = ids[0]!;
    const partnerId = partnerOf(pairs, anaId);
    const pairId = pairs.find((p) => p.memberIds.includes(anaId))?.id ?? '';

    expect(await send(ana!.client, 'participant:leave', { participantId: anaId })).toEqual({
      ok: true,
      data: { seq: 8 },
    });
    expect(await everyoneReceives()).toEqual([
      { seq: 8, at: expect.any(Number), event: { type: 'participant:left', participantId: anaId } },
    ]);
    for (const screen of everyone) {
      expect(screen.state.pairs[pairId]).toEqual({
        id: pairId,
        memberIds: [partnerId],
        withFacilitator: false,
        done: false,
      });
      expect(pairOf(screen.state.pairs, anaId)).toBeNull();
      expect(screen.state.participants[anaId]?.leftAt).toEqual(expect.any(Number));
    }
    expect((await stateNow()).pairs).toEqual(facilitator.state.pairs);
  });

  it('lets the facilitator move the freed partner into another pair, making a trio', async () => {
    const pairs = await shuffle();
    const anaId = ids[0]!;
    const partnerId = partnerOf(pairs, anaId);
    const freedPairId = pairs.find((p) => p.memberIds.includes(anaId))?.id ?? '';
    unwrap(await send(screenOf(anaId).client, 'participant:leave', { participantId: anaId }));
    await everyoneReceives();
    // Ana's screen is disconnected once she has left: the room goes on without it.
    everyone = everyone.filter((screen) => screen !== screenOf(anaId));

    const other = pairs.find((p) => p.id !== freedPairId);
    if (!other) throw new Error('only one pair');
    expect(await send(facilitator.client, 'pairs:move', { participantId: partnerId, to: other.id })).toEqual({
      ok: true,
      data: { seq: 9 },
    });
    expect(await everyoneReceives()).toEqual([
      {
        seq: 9,
        at: expect.any(Number),
        event: { type: 'pairs:member-moved', participantId: partnerId, toPairId: other.id, withFacilitator: false },
      },
    ]);
    for (const screen of everyone) {
      expect(screen.state.pairs[other.id]?.memberIds).toEqual([...other.memberIds, partnerId]);
      expect(screen.state.pairs[freedPairId]).toBeUndefined();
      expect(Object.keys(screen.state.pairs)).toHaveLength(2);
    }
    expect((await stateNow()).pairs).toEqual(facilitator.state.pairs);
  });
});

describe('a pair says it is done', () => {
  it('shows every screen that a member’s pair is done, and only theirs', async () => {
    const pairs = await shuffle();
    const benId = ids[1]!;
    const pairId = pairs.find((p) => p.memberIds.includes(benId))?.id ?? '';

    expect(await send(screenOf(benId).client, 'pairs:set-done', { done: true })).toEqual({
      ok: true,
      data: { seq: 8 },
    });
    expect(await everyoneReceives()).toEqual([
      { seq: 8, at: expect.any(Number), event: { type: 'pairs:done-set', pairId, done: true } },
    ]);
    for (const screen of everyone) {
      expect(Object.values(screen.state.pairs).filter((p) => p.done)).toEqual([
        expect.objectContaining({ id: pairId }),
      ]);
    }
  });

  it('refuses the facilitator’s “done”, who is in no pair, and nobody hears of it', async () => {
    await shuffle();
    const before = await stateNow();
    expect(await send(facilitator.client, 'pairs:set-done', { done: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await stateNow()).toEqual(before);
    await expectNobodyReceivedAnything();
  });
});
