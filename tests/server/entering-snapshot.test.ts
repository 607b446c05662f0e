import type { CreateWorkshopResponse } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, newToken, unwrap, type TestClient, type TestServer } from './helpers.js';

// Entering screens share one JSON copy of the workshop's state (snapshot-cache.ts) and hear
// presence once a turn (once-a-turn.ts): what a person would notice of either, or must never.
const harness = new Harness();
let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: TestClient;

beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'A full board' });
  facilitator = await harness.connect(server);
  unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
});
afterEach(() => harness.cleanup());

async function joinAs(name: string): Promise<{ client: TestClient; participantId: string; token: string }> {
  const client = await harness.connect(server);
  const token = newToken();
  const { identity } = unwrap(await client.join(workshop.code, name, { token }));
  if (identity.kind !== 'participant') throw new Error(`joined as ${identity.kind}`);
  return { client, participantId: identity.participantId, token };
}

describe('a screen entering a workshop', () => {
  it('gets the state as it is now, never the one an earlier screen got', async () => {
    const ana = await joinAs('Ana');
    const before = unwrap(
      await ana.client.resume(workshop.code, {
        kind: 'participant',
        participantId: ana.participantId,
        token: ana.token,
      }),
    );
    unwrap(await facilitator.addCard('values', 'Honesty'));

    const again = await harness.connect(server);
    const after = unwrap(
      await again.resume(workshop.code, { kind: 'participant', participantId: ana.participantId, token: ana.token }),
    );
    expect(after.state.seq).toBe(before.state.seq + 1);
    expect(Object.values(after.state.cards).map((card) => card.text)).toEqual(['Honesty']);
    expect(Object.values(before.state.cards)).toEqual([]);
  });

  it('gives each person their own identity and only the facilitator the projector key', async () => {
    unwrap(await facilitator.addCard('values', 'Courage'));
    const ana = await joinAs('Ana');
    const bea = await joinAs('Bea');
    const [anaView, beaView, facilitatorView] = await Promise.all([
      ana.client.resume(workshop.code, { kind: 'participant', participantId: ana.participantId, token: ana.token }),
      bea.client.resume(workshop.code, { kind: 'participant', participantId: bea.participantId, token: bea.token }),
      (await harness.connect(server)).resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }),
    ]).then((results) => results.map(unwrap));

    expect(anaView!.identity).toEqual({ kind: 'participant', participantId: ana.participantId });
    expect(beaView!.identity).toEqual({ kind: 'participant', participantId: bea.participantId });
    expect(facilitatorView!.identity).toEqual({ kind: 'facilitator' });
    expect(facilitatorView!.projectorToken).toEqual(expect.any(String));
    // Not even an empty field: a participant's answer has no projector key in it at all.
    expect(anaView).not.toHaveProperty('projectorToken');
    expect(beaView).not.toHaveProperty('projectorToken');
    expect(JSON.stringify(anaView)).not.toContain(facilitatorView!.projectorToken);
    // The workshop itself is the same for everyone.
    expect(anaView!.state).toEqual(facilitatorView!.state);
    expect(beaView!.state).toEqual(facilitatorView!.state);
  });

  it('receives texts exactly as written, whatever characters they hold', async () => {
    const texts = ['$& and $1 and $` stay as typed', '"quotes", \\backslashes\\ and \u2028 line separators'];
    for (const text of texts) unwrap(await facilitator.addCard('values', text));
    const screen = await harness.connect(server);
    const { state } = unwrap(
      await screen.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }),
    );
    expect(Object.values(state.cards).map((card) => card.text)).toEqual(texts);
  });

  it('shows everyone who entered together as present', async () => {
    const people = await Promise.all(['Ana', 'Bea', 'Cai', 'Dov'].map(joinAs));
    const ids = people.map((person) => person.participantId);
    const presence = await facilitator.presence.until((p) => ids.every((id) => p.participantIds.includes(id)));
    expect(presence.participantIds).toHaveLength(ids.length);

    for (const person of people.slice(0, 2)) person.client.socket.disconnect();
    const after = await facilitator.presence.until((p) => p.participantIds.length === 2);
    expect(after.participantIds.sort()).toEqual(ids.slice(2).sort());
  });
});
