import { randomUUID } from 'node:crypto';
import { workshopSummarySchema, type CreateWorkshopResponse } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWorkshop,
  Harness,
  newToken,
  snapshotOf,
  unwrap,
  type TestClient,
  type TestServer,
  projectorCredential,
} from './helpers.js';

const harness = new Harness();
let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: TestClient;

beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Practice 1:1' });
  facilitator = await harness.connect(server);
});
afterEach(() => harness.cleanup());

function enterAsFacilitator(client: TestClient = facilitator) {
  return client.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken });
}

describe('resuming as the facilitator', () => {
  it('accepts the facilitator key and answers with the identity and the whole state', async () => {
    const snapshot = unwrap(await enterAsFacilitator());
    expect(snapshot.identity).toEqual({ kind: 'facilitator' });
    expect(snapshot.state).toEqual({
      version: 2,
      code: workshop.code,
      title: 'Practice 1:1',
      template: 'practice-1on1',
      createdAt: expect.any(Number),
      seq: 0,
      participants: {},
      cards: {},
      agenda: expect.any(Array),
      clock: expect.objectContaining({ started: false, runningSince: null }),
      settings: { autoAdvance: true, oddPerson: 'trio', notesFlow: 'suggest' },
      pairs: {},
      pastPartners: [],
      formerPairs: {},
      suggestions: {},
      reportBack: { order: [], currentIndex: null, startedAt: null },
      learnings: { items: [], reporterId: null },
      posts: {},
      readiness: {},
      evaluation: { open: false, showSummary: false, closed: false },
    });
    // The practice template's four steps, the clock waiting at the first one.
    expect(snapshot.state.agenda.map((step) => step.title)).toEqual([
      'Roles and agenda',
      'Practice in pairs',
      'Get to know your team',
      'Summarize key learnings',
    ]);
    expect(snapshot.state.clock.stepId).toBe(snapshot.state.agenda[0]?.id);
  });

  it('accepts the code typed in lower case', async () => {
    const result = await facilitator.resume(workshop.code.toLowerCase(), {
      kind: 'facilitator',
      token: workshop.facilitatorToken,
    });
    expect(unwrap(result).state.code).toBe(workshop.code);
  });

  it('refuses a wrong facilitator key as unauthorized', async () => {
    const result = await facilitator.resume(workshop.code, { kind: 'facilitator', token: newToken() });
    expect(result).toEqual({ ok: false, error: { code: 'unauthorized', reason: 'session.facilitatorLink' } });
  });

  it('refuses the key of another workshop', async () => {
    const other = await createWorkshop(server, { title: 'Other' });
    const result = await facilitator.resume(workshop.code, { kind: 'facilitator', token: other.facilitatorToken });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('answers not_found for a workshop that does not exist', async () => {
    const result = await facilitator.resume('ZZZZ99', { kind: 'facilitator', token: workshop.facilitatorToken });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('does not let a refused screen make changes', async () => {
    await facilitator.resume(workshop.code, { kind: 'facilitator', token: newToken() });
    expect(await facilitator.addCard('values', 'Sneaky')).toMatchObject({
      ok: false,
      error: { code: 'not_in_session' },
    });
  });
});

describe('the projector', () => {
  it('enters with the key from its link and is counted in presence', async () => {
    unwrap(await enterAsFacilitator());
    const projector = await harness.connect(server);
    const snapshot = unwrap(await projector.resume(workshop.code, projectorCredential(workshop)));
    expect(snapshot.identity).toEqual({ kind: 'projector' });
    expect(snapshot.state.code).toBe(workshop.code);
    await facilitator.presence.until((p) => p.projectors === 1);
  });
});

describe('joining as a participant', () => {
  it('adds the participant, tells the facilitator and shows them as present', async () => {
    unwrap(await enterAsFacilitator());
    const ana = await harness.connect(server);
    const snapshot = unwrap(await ana.join(workshop.code, '  Ana  '));

    expect(snapshot.identity.kind).toBe('participant');
    const participantId = snapshot.identity.kind === 'participant' ? snapshot.identity.participantId : '';
    expect(snapshot.state.seq).toBe(1);
    expect(snapshot.state.participants[participantId]).toMatchObject({
      id: participantId,
      name: 'Ana',
      role: 'participant',
    });

    expect(await facilitator.events.next()).toEqual([
      { seq: 1, at: expect.any(Number), event: { type: 'participant:joined', participantId, name: 'Ana' } },
    ]);
    const presence = await facilitator.presence.until((p) => p.participantIds.includes(participantId));
    expect(presence).toEqual({ participantIds: [participantId], facilitator: true, projectors: 0 });
  });

  it('refuses a join to a workshop that does not exist', async () => {
    const ana = await harness.connect(server);
    expect(await ana.join('ZZZZ99', 'Ana')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it.each([
    ['an empty name', { name: '   ' }],
    ['a name over 40 characters', { name: 'x'.repeat(41) }],
    ['a short token', { token: 'short' }],
    ['a commandId that is not a uuid', { commandId: 'attempt-1' }],
  ])('refuses a join with %s as invalid_input and adds no one', async (_label, override) => {
    const ana = await harness.connect(server);
    const message = { code: workshop.code, name: 'Ana', token: newToken(), commandId: randomUUID(), ...override };
    expect(await ana.sendRaw('session:join', message)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await snapshotOf(harness, server, workshop)).state.participants).toEqual({});
  });

  it('creates only one participant when a join is retried with the same commandId', async () => {
    unwrap(await enterAsFacilitator());
    const token = newToken();
    const commandId = randomUUID();
    const first = await harness.connect(server);
    const firstSnapshot = unwrap(await first.join(workshop.code, 'Ana', { token, commandId }));
    first.socket.disconnect();

    // The browser lost the answer and sends the same join again, on a new connection.
    const retry = await harness.connect(server);
    const retrySnapshot = unwrap(await retry.join(workshop.code, 'Ana', { token, commandId }));

    expect(retrySnapshot.identity).toEqual(firstSnapshot.identity);
    expect(Object.keys(retrySnapshot.state.participants)).toHaveLength(1);
    expect(retrySnapshot.state.seq).toBe(1);
    const summary = workshopSummarySchema.parse(
      await (await fetch(`${server.url}/api/workshops/${workshop.code}`)).json(),
    );
    expect(summary.participantCount).toBe(1);

    // The facilitator heard of the join once: the next event after it is the card below.
    expect((await facilitator.events.next())[0]?.event.type).toBe('participant:joined');
    expect(unwrap(await facilitator.addCard('values', 'Trust')).seq).toBe(2);
    expect((await facilitator.events.next()).map((e) => [e.seq, e.event.type])).toEqual([[2, 'card:added']]);
  });

  it('refuses a retried join that does not carry the token it joined with', async () => {
    unwrap(await enterAsFacilitator());
    const commandId = randomUUID();
    const first = await harness.connect(server);
    unwrap(await first.join(workshop.code, 'Ana', { token: newToken(), commandId }));

    const stranger = await harness.connect(server);
    const result = await stranger.join(workshop.code, 'Ana', { token: newToken(), commandId });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    // Refused, the stranger's screen has not entered: it cannot change anything.
    expect(await stranger.addCard('values', 'Sneaky')).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
  });
});

describe('resuming as a participant', () => {
  async function joinAna(): Promise<{ participantId: string; token: string }> {
    const token = newToken();
    const ana = await harness.connect(server);
    const snapshot = unwrap(await ana.join(workshop.code, 'Ana', { token }));
    if (snapshot.identity.kind !== 'participant') throw new Error('joined as something other than a participant');
    ana.socket.disconnect();
    return { participantId: snapshot.identity.participantId, token };
  }

  it('comes back as the same participant with their token', async () => {
    const { participantId, token } = await joinAna();
    const again = await harness.connect(server);
    const snapshot = unwrap(await again.resume(workshop.code, { kind: 'participant', participantId, token }));
    expect(snapshot.identity).toEqual({ kind: 'participant', participantId });
    expect(Object.keys(snapshot.state.participants)).toEqual([participantId]);
    expect(snapshot.state.seq).toBe(1);
  });

  it('shows the returning participant as present again', async () => {
    const { participantId, token } = await joinAna();
    unwrap(await enterAsFacilitator());
    const again = await harness.connect(server);
    unwrap(await again.resume(workshop.code, { kind: 'participant', participantId, token }));
    await facilitator.presence.until((p) => p.participantIds.includes(participantId));
  });

  it('refuses a wrong participant token as unauthorized', async () => {
    const { participantId } = await joinAna();
    const impostor = await harness.connect(server);
    const result = await impostor.resume(workshop.code, { kind: 'participant', participantId, token: newToken() });
    expect(result).toEqual({ ok: false, error: { code: 'unauthorized', reason: 'session.unknownPerson' } });
  });

  it('refuses a participant id the workshop does not know', async () => {
    const { token } = await joinAna();
    const impostor = await harness.connect(server);
    const result = await impostor.resume(workshop.code, { kind: 'participant', participantId: randomUUID(), token });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses the facilitator key presented as a participant token', async () => {
    const { participantId } = await joinAna();
    const impostor = await harness.connect(server);
    const result = await impostor.resume(workshop.code, {
      kind: 'participant',
      participantId,
      token: workshop.facilitatorToken,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});

describe('presence', () => {
  it('drops a participant from presence when their screen disconnects', async () => {
    unwrap(await enterAsFacilitator());
    const ana = await harness.connect(server);
    const snapshot = unwrap(await ana.join(workshop.code, 'Ana'));
    const participantId = snapshot.identity.kind === 'participant' ? snapshot.identity.participantId : '';
    await facilitator.presence.until((p) => p.participantIds.includes(participantId));

    ana.socket.disconnect();
    const presence = await facilitator.presence.next();
    expect(presence).toEqual({ participantIds: [], facilitator: true, projectors: 0 });
  });

  it('keeps a participant present until their last screen closes', async () => {
    unwrap(await enterAsFacilitator());
    const token = newToken();
    const phone = await harness.connect(server);
    const snapshot = unwrap(await phone.join(workshop.code, 'Ana', { token }));
    const participantId = snapshot.identity.kind === 'participant' ? snapshot.identity.participantId : '';
    await facilitator.presence.until((p) => p.participantIds.includes(participantId));
    const laptop = await harness.connect(server);
    unwrap(await laptop.resume(workshop.code, { kind: 'participant', participantId, token }));
    expect((await facilitator.presence.next()).participantIds).toEqual([participantId]);

    phone.socket.disconnect();
    expect((await facilitator.presence.next()).participantIds).toEqual([participantId]);
    laptop.socket.disconnect();
    expect((await facilitator.presence.next()).participantIds).toEqual([]);
  });

  it('tells participants when the facilitator leaves', async () => {
    unwrap(await enterAsFacilitator());
    const ana = await harness.connect(server);
    unwrap(await ana.join(workshop.code, 'Ana'));
    await ana.presence.until((p) => p.facilitator);

    facilitator.socket.disconnect();
    expect(await ana.presence.next()).toMatchObject({ facilitator: false });
  });

  it('moves a screen that enters another workshop out of the first one', async () => {
    unwrap(await enterAsFacilitator());
    const projector = await harness.connect(server);
    unwrap(await projector.resume(workshop.code, projectorCredential(workshop)));
    await facilitator.presence.until((p) => p.projectors === 1);

    const other = await createWorkshop(server, { title: 'Other' });
    unwrap(await projector.resume(other.code, projectorCredential(other)));
    expect(await facilitator.presence.next()).toEqual({ participantIds: [], facilitator: true, projectors: 0 });
  });
});
