import { randomUUID } from 'node:crypto';
import { LIMITS, type CreateWorkshopResponse, type SequencedEvent } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, snapshotOf, unwrap, type TestClient, type TestServer } from './helpers.js';
import { facilitatorCredential, openRoom } from './room.js';

const harness = new Harness();
let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: TestClient;
let projector: TestClient;
let ana: TestClient;
let ben: TestClient;
/** Everyone with a screen in the workshop, the sender of any command included. */
let everyone: TestClient[];

/**
 * A workshop with a facilitator, a projector and two participants, every screen having
 * consumed the join events it was sent, so each test starts with empty inboxes at seq 2.
 */
beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Practice 1:1' });
  const room = await openRoom(harness, server, workshop, ['Ana', 'Ben']);
  facilitator = room.facilitator.client;
  projector = room.projector.client;
  ana = room.participants[0].client;
  ben = room.participants[1].client;
  everyone = room.everyone.map((screen) => screen.client);
});
afterEach(() => harness.cleanup());

/** Asserts that every screen's next workshop:events message is exactly `expected`. */
async function expectEveryoneReceives(expected: SequencedEvent[]): Promise<void> {
  const received = await Promise.all(everyone.map((client) => client.events.next()));
  for (const batch of received) expect(batch).toEqual(expected);
}

/**
 * Proves that no screen received anything since the last message it took: the facilitator
 * adds a card, and since a socket delivers in order, each screen's next message must be it.
 */
async function expectNobodyReceivedAnything(): Promise<void> {
  const { seq } = unwrap(await facilitator.addCard('resources', 'Follow-up'));
  const received = await Promise.all(everyone.map((client) => client.events.next()));
  for (const batch of received) {
    expect(batch).toEqual([
      {
        seq,
        at: expect.any(Number),
        event: {
          type: 'card:added',
          cardId: expect.any(String),
          column: 'resources',
          text: 'Follow-up',
          authorId: null,
        },
      },
    ]);
  }
}

function stateNow() {
  return snapshotOf(harness, server, workshop).then((snapshot) => snapshot.state);
}

/** The facilitator adds a card and every screen takes its event; returns the card's id. */
async function addCardForEveryone(text: string): Promise<{ cardId: string; seq: number }> {
  const { seq } = unwrap(await facilitator.addCard('values', text));
  const [batch] = await Promise.all(everyone.map((client) => client.events.next()));
  const event = batch?.[0]?.event;
  if (event?.type !== 'card:added') throw new Error('expected card:added');
  return { cardId: event.cardId, seq };
}

describe('the facilitator changes the flipchart', () => {
  it('shows a card the facilitator adds to every screen with the same seq', async () => {
    const ack = await facilitator.addCard('values', '  Family comes first  ');
    expect(ack).toEqual({ ok: true, data: { seq: 3 } });

    const received = await Promise.all(everyone.map((client) => client.events.next()));
    const expected = [
      {
        seq: 3,
        at: expect.any(Number),
        event: {
          type: 'card:added',
          cardId: expect.any(String),
          column: 'values',
          text: 'Family comes first',
          authorId: null,
        },
      },
    ];
    for (const batch of received) expect(batch).toEqual(expected);
    // Not just alike: the very same event, card id and time included.
    for (const batch of received) expect(batch).toEqual(received[0]);

    const state = await stateNow();
    expect(state.seq).toBe(3);
    expect(Object.values(state.cards)).toEqual([
      expect.objectContaining({ column: 'values', text: 'Family comes first', authorId: null }),
    ]);
  });

  it('accepts a card of exactly the maximum length', async () => {
    const text = 'x'.repeat(LIMITS.cardTextLength);
    expect(unwrap(await facilitator.addCard('interests', text)).seq).toBe(3);
    const [batch] = await Promise.all(everyone.map((client) => client.events.next()));
    expect(batch?.[0]?.event).toMatchObject({ type: 'card:added', text });
  });

  it('shows an edit to every screen with the same seq', async () => {
    const { cardId } = await addCardForEveryone('Family');
    expect(await facilitator.editCard(cardId, 'Family and friends')).toEqual({ ok: true, data: { seq: 4 } });
    await expectEveryoneReceives([
      { seq: 4, at: expect.any(Number), event: { type: 'card:edited', cardId, text: 'Family and friends' } },
    ]);
    expect((await stateNow()).cards[cardId]).toMatchObject({ text: 'Family and friends' });
  });

  it('shows a delete to every screen with the same seq', async () => {
    const { cardId } = await addCardForEveryone('Family');
    expect(await facilitator.deleteCard(cardId)).toEqual({ ok: true, data: { seq: 4 } });
    await expectEveryoneReceives([{ seq: 4, at: expect.any(Number), event: { type: 'card:deleted', cardId } }]);
    expect((await stateNow()).cards).toEqual({});
  });

  it('accepts an edit that changes nothing without telling anyone', async () => {
    const { cardId, seq } = await addCardForEveryone('Family');
    expect(await facilitator.editCard(cardId, '  Family ')).toEqual({ ok: true, data: { seq } });
    await expectNobodyReceivedAnything();
  });
});

describe('refused commands', () => {
  it('refuses a card from a participant, and nobody hears of it', async () => {
    const before = await stateNow();
    const result = await ana.addCard('values', 'My own card');
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', reason: 'flipchart.editorsOnly' } });
    expect(await stateNow()).toEqual(before);
    await expectNobodyReceivedAnything();
  });

  it('refuses a card from the projector, and nobody hears of it', async () => {
    const before = await stateNow();
    expect(await projector.addCard('values', 'Projected')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await stateNow()).toEqual(before);
    await expectNobodyReceivedAnything();
  });

  it('refuses an edit or a delete from a participant, and nobody hears of it', async () => {
    const { cardId } = await addCardForEveryone('Family');
    const before = await stateNow();
    expect(await ben.editCard(cardId, 'Changed')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ben.deleteCard(cardId)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await stateNow()).toEqual(before);
    await expectNobodyReceivedAnything();
  });

  it('answers not_found for an edit or a delete of a card that is not there', async () => {
    const before = await stateNow();
    expect(await facilitator.editCard('no-such-card', 'Changed')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await facilitator.deleteCard('no-such-card')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await stateNow()).toEqual(before);
    await expectNobodyReceivedAnything();
  });

  it('answers not_in_session to a command from a screen that has not entered a workshop', async () => {
    const stranger = await harness.connect(server);
    expect(await stranger.addCard('values', 'Hello')).toEqual({
      ok: false,
      error: { code: 'not_in_session', reason: 'session.notOpen' },
    });
    await expectNobodyReceivedAnything();
  });
});

describe('malformed messages', () => {
  const commandId = (): string => randomUUID();
  const cases: Array<[string, string, unknown[]]> = [
    ['a card:add with no fields', 'card:add', [{}]],
    ['a card:add without text', 'card:add', [{ column: 'values', commandId: commandId() }]],
    ['a card:add with a number for text', 'card:add', [{ column: 'values', text: 42, commandId: commandId() }]],
    ['a card:add with an unknown column', 'card:add', [{ column: 'feelings', text: 'Hi', commandId: commandId() }]],
    ['a card:add with only spaces for text', 'card:add', [{ column: 'values', text: '   ', commandId: commandId() }]],
    [
      'a card:add with text over 500 characters',
      'card:add',
      [{ column: 'values', text: 'x'.repeat(LIMITS.cardTextLength + 1), commandId: commandId() }],
    ],
    ['a card:add without a commandId', 'card:add', [{ column: 'values', text: 'Hi' }]],
    ['a card:add whose commandId is not a uuid', 'card:add', [{ column: 'values', text: 'Hi', commandId: 'one' }]],
    ['a card:add that is a string', 'card:add', ['Hi']],
    ['a card:add that is an array', 'card:add', [[{ column: 'values', text: 'Hi', commandId: commandId() }]]],
    ['a card:add that is null', 'card:add', [null]],
    ['a card:add with no payload at all', 'card:add', []],
    ['a card:edit with a number for cardId', 'card:edit', [{ cardId: 7, text: 'Hi', commandId: commandId() }]],
    ['a card:edit without text', 'card:edit', [{ cardId: 'c-1', commandId: commandId() }]],
    ['a card:delete with an empty cardId', 'card:delete', [{ cardId: '', commandId: commandId() }]],
    ['a session:resume that is a string', 'session:resume', ['ABC234']],
    ['a session:resume with an unknown kind', 'session:resume', [{ code: 'ABC234', credential: { kind: 'admin' } }]],
  ];

  it.each(cases)('answers invalid_input to %s and changes nothing', async (_label, event, args) => {
    const before = await stateNow();
    const result = await facilitator.sendRaw(event, ...args);
    // The reason is `message.invalid` or a text's own; `params` says which field, where there is one.
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', reason: expect.any(String) } });
    expect(await stateNow()).toEqual(before);
    await expectNobodyReceivedAnything();
  });

  it('keeps the screen in its workshop after a malformed session:resume', async () => {
    await facilitator.sendRaw('session:resume', { code: workshop.code, credential: { kind: 'nobody' } });
    expect(unwrap(await facilitator.addCard('values', 'Still here')).seq).toBe(3);
  });
});

describe('retries', () => {
  it('applies a command retried with the same commandId once', async () => {
    const commandId = randomUUID();
    const first = unwrap(await facilitator.addCard('values', 'Trust', commandId));
    await expectEveryoneReceives([
      {
        seq: first.seq,
        at: expect.any(Number),
        event: { type: 'card:added', cardId: expect.any(String), column: 'values', text: 'Trust', authorId: null },
      },
    ]);

    const second = await facilitator.addCard('values', 'Trust', commandId);
    expect(second).toEqual({ ok: true, data: { seq: first.seq } });

    const state = await stateNow();
    expect(Object.values(state.cards).map((card) => card.text)).toEqual(['Trust']);
    expect(state.seq).toBe(first.seq);
    await expectNobodyReceivedAnything();
  });

  it('applies a command retried from a new connection once', async () => {
    const commandId = randomUUID();
    const { cardId } = await addCardForEveryone('Family');
    const first = unwrap(await facilitator.deleteCard(cardId, commandId));
    await Promise.all(everyone.map((client) => client.events.next()));

    // The facilitator's connection dropped before the answer arrived; the screen reconnects and retries.
    facilitator.socket.disconnect();
    facilitator = await harness.connect(server);
    everyone = [facilitator, projector, ana, ben];
    unwrap(await facilitator.resume(workshop.code, facilitatorCredential(workshop)));
    expect(await facilitator.deleteCard(cardId, commandId)).toEqual({ ok: true, data: { seq: first.seq } });
    await expectNobodyReceivedAnything();
  });
});
