import { pairOf, reportBackTimer, type CreateWorkshopResponse, type SequencedEvent } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, send, unwrap, type Screen, type TestServer } from './helpers.js';
import { openRoom } from './room.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: Screen;
let participants: Screen[];
let ids: string[];
let everyone: Screen[];

/** Every screen's next workshop:events message; asserts they are one and the same. */
async function everyoneReceives(): Promise<SequencedEvent[]> {
  const received = await Promise.all(everyone.map((screen) => screen.client.events.next()));
  for (const batch of received) expect(batch).toEqual(received[0]);
  return received[0] ?? [];
}

/** Six people in three pairs, the fourth of them the note-taker; every inbox empty. */
beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Report-back', template: 'practice-1on1' });
  const names = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay'];
  ({ facilitator, participants, ids, everyone } = await openRoom(harness, server, workshop, names));
  unwrap(await send(facilitator.client, 'participant:assign-role', { participantId: ids[3]!, role: 'notetaker' }));
  await everyoneReceives();
  unwrap(await send(facilitator.client, 'pairs:shuffle', {}));
  await everyoneReceives();
});

describe('notes from pairs reach the flipchart', () => {
  it('brings a pair’s note to the note-taker as a suggestion, and onto every screen once accepted', async () => {
    const ana = participants[0]!;
    unwrap(await send(ana.client, 'card:suggest', { column: 'values', text: 'Dignity at work' }));
    const [added] = await everyoneReceives();
    expect(added?.event.type).toBe('suggestion:added');
    const noteTaker = participants[3]!;
    const suggestion = Object.values(noteTaker.state.suggestions)[0]!;
    expect(suggestion).toMatchObject({ text: 'Dignity at work', pairId: pairOf(ana.state.pairs, ids[0]!)!.id });

    unwrap(await send(noteTaker.client, 'suggestion:accept', { suggestionId: suggestion.id }));
    await everyoneReceives();
    for (const screen of everyone) {
      expect(Object.values(screen.state.suggestions)).toEqual([]);
      expect(Object.values(screen.state.cards)).toEqual([
        expect.objectContaining({ text: 'Dignity at work', pairIds: [suggestion.pairId] }),
      ]);
    }
  });

  it('brings a notebook entry to the note-taker once, whichever partner sends it and however often', async () => {
    const ana = participants[0]!;
    const pair = pairOf(ana.state.pairs, ids[0]!)!;
    const partner = participants[ids.indexOf(pair.memberIds.find((id) => id !== ids[0])!)]!;
    const entry = { column: 'values', text: 'Dignity at work', sourceId: 'entry-1' } as const;
    unwrap(await send(ana.client, 'card:suggest', entry));
    expect((await everyoneReceives()).map((e) => e.event.type)).toEqual(['suggestion:added']);

    // The partner presses the same entry's button, and Ana's screen retries: both are answered.
    expect(await send(partner.client, 'card:suggest', entry)).toMatchObject({ ok: true });
    expect(await send(ana.client, 'card:suggest', entry)).toMatchObject({ ok: true });

    // Nobody heard of either: the next thing every screen receives is the facilitator's card.
    unwrap(await send(facilitator.client, 'card:add', { column: 'resources', text: 'Follow-up' }));
    expect((await everyoneReceives()).map((e) => e.event.type)).toEqual(['card:added']);
    const noteTaker = participants[3]!;
    expect(Object.values(noteTaker.state.suggestions)).toEqual([
      expect.objectContaining({ text: 'Dignity at work', pairId: pair.id, sourceId: 'entry-1' }),
    ]);
  });

  it('refuses acceptance to a participant who is not the note-taker, and nobody hears of it', async () => {
    unwrap(await send(participants[0]!.client, 'card:suggest', { column: 'interests', text: 'Safe staffing' }));
    await everyoneReceives();
    const suggestionId = Object.keys(facilitator.state.suggestions)[0]!;
    expect(await send(participants[1]!.client, 'suggestion:accept', { suggestionId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    unwrap(await send(facilitator.client, 'suggestion:reject', { suggestionId }));
    expect((await everyoneReceives()).map((e) => e.event.type)).toEqual(['suggestion:resolved']);
  });
});

describe('report-back', () => {
  it('shows every screen the order and the pair that is speaking, with its share of the time', async () => {
    const pairIds = Object.keys(facilitator.state.pairs);
    const noteTaker = participants[3]!;
    unwrap(await send(noteTaker.client, 'reportback:set-order', { pairIds: [...pairIds].reverse() }));
    await everyoneReceives();
    unwrap(await send(noteTaker.client, 'reportback:speak', { index: 0 }));
    await everyoneReceives();
    for (const screen of everyone) {
      expect(screen.state.reportBack.order).toEqual([...pairIds].reverse());
      const timer = reportBackTimer(screen.state, screen.state.reportBack.startedAt ?? 0);
      expect(timer.speakingPairId).toBe(pairIds[pairIds.length - 1]);
      // The 15-minute step split among three pairs, held to the guide's 3 to 4 minutes a pair.
      expect(timer.perPairMs).toBe(4 * 60_000);
    }
    expect(await send(participants[0]!.client, 'reportback:speak', { index: 1 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
