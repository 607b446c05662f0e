import { type CreateWorkshopResponse } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, snapshotOf, unwrap, type TestClient, type TestServer } from './helpers.js';
import { openRoom } from './room.js';

const ZERO_WIDTH_SPACES = '\u200B\u200B\u200B';

const harness = new Harness();
let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: TestClient;
let everyone: TestClient[];

beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Practice 1:1' });
  const room = await openRoom(harness, server, workshop, ['Ana']);
  facilitator = room.facilitator.client;
  everyone = room.everyone.map((screen) => screen.client);
});
afterEach(() => harness.cleanup());

/** The facilitator adds a card; a socket delivers in order, so each screen's next message must be it. */
async function expectNobodyReceivedAnything(): Promise<void> {
  const { seq } = unwrap(await facilitator.addCard('resources', 'Follow-up'));
  const received = await Promise.all(everyone.map((client) => client.events.next()));
  for (const batch of received) expect(batch.map((e) => e.seq)).toEqual([seq]);
}

const stateNow = () => snapshotOf(harness, server, workshop).then((snapshot) => snapshot.state);

describe('text with nothing visible', () => {
  it('refuses a card of zero-width spaces with invalid_input, and nobody hears of it', async () => {
    const before = await stateNow();
    const result = await facilitator.addCard('values', ZERO_WIDTH_SPACES);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', reason: 'text.invisible', params: { field: 'text' } },
    });
    expect(await stateNow()).toEqual(before);
    await expectNobodyReceivedAnything();
  });

  it('refuses a join name of zero-width spaces with invalid_input, and nobody hears of it', async () => {
    const before = await stateNow();
    const stranger = await harness.connect(server);
    const result = await stranger.join(workshop.code, ZERO_WIDTH_SPACES);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', reason: 'text.invisible', params: { field: 'name' } },
    });
    expect(await stateNow()).toEqual(before);
    await expectNobodyReceivedAnything();
  });

  it('refuses a workshop title of zero-width spaces with a readable reason', async () => {
    const res = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: ZERO_WIDTH_SPACES }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'invalid_input', reason: 'text.invisible', params: { field: 'title' } },
    });
  });

  it('accepts a name in Arabic and stores a decomposed accent composed', async () => {
    const karim = await harness.connect(server);
    const joined = unwrap(await karim.join(workshop.code, 'كريم'));
    expect(Object.values(joined.state.participants).map((p) => p.name)).toContain('كريم');
    unwrap(await facilitator.addCard('values', 'Jose\u0301'));
    expect(Object.values((await stateNow()).cards).map((card) => card.text)).toEqual(['Jos\u00E9']);
  });
});
