import { randomUUID } from 'node:crypto';
import type { CreateWorkshopResponse, FollowUp, FollowUpChange, Result } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changeDoc,
  createWorkshop,
  docPushes,
  Harness,
  openDoc,
  unwrap,
  type Inbox,
  type TestClient,
  type TestServer,
} from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: TestClient;
let facilitatorInbox: Inbox<FollowUp>;
let people: Array<{ client: TestClient; id: string; inbox: Inbox<FollowUp> }>;

/** The follow-up of `participantId`, or of the person `client` belongs to. */
function open(client: TestClient, participantId?: string): Promise<Result<FollowUp>> {
  return openDoc<FollowUp>(client, 'followup', participantId ?? ownIdOf(client));
}

function change(client: TestClient, next: FollowUpChange, participantId?: string): Promise<Result<FollowUp>> {
  return changeDoc<FollowUp>(client, 'followup', participantId ?? ownIdOf(client), next);
}

function ownIdOf(client: TestClient): string {
  return people.find((p) => p.client === client)?.id ?? 'nobody';
}

const tip = (text: string): FollowUpChange => ({ type: 'tip:add', tipId: randomUUID(), text });
const meeting = { withWhom: 'Ben', when: '2026-12-01T18:00', where: 'Union hall' };

/** Three participants; every screen collects the follow-up messages it is sent. */
beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Follow-ups' });
  facilitator = await harness.connect(server);
  facilitatorInbox = docPushes<FollowUp>(facilitator, 'followup');
  unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
  people = [];
  for (const name of ['Ana', 'Ben', 'Cai']) {
    const client = await harness.connect(server);
    const inbox = docPushes<FollowUp>(client, 'followup');
    const snapshot = unwrap(await client.join(workshop.code, name));
    if (snapshot.identity.kind !== 'participant') throw new Error('not a participant');
    people.push({ client, id: snapshot.identity.participantId, inbox });
  }
});

describe('the private follow-up', () => {
  it('sends a tip to that participant and the facilitator only', async () => {
    const [ana, ben, cai] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const given = unwrap(await change(facilitator, tip('Ask “why?” one more time'), ana.id));
    expect(given.tips.map((t) => t.text)).toEqual(['Ask “why?” one more time']);
    expect((await ana.inbox.next()).tips[0]?.text).toBe('Ask “why?” one more time');
    expect((await facilitatorInbox.next()).participantId).toBe(ana.id);

    // The others hear nothing of it: their next follow-up message is their own.
    for (const other of [ben, cai]) {
      unwrap(await change(other.client, { type: 'meeting:add', meetingId: randomUUID(), ...meeting }));
      const next = await other.inbox.next();
      expect(next.participantId).toBe(other.id);
      expect(next.tips).toEqual([]);
    }
    expect(unwrap(await open(ana.client)).tips).toHaveLength(1);
  });

  it('refuses someone else’s follow-up to a participant, and tells nothing of it', async () => {
    const [ana, ben] = people as [(typeof people)[0], (typeof people)[0]];
    unwrap(await change(facilitator, tip('Secret tip'), ana.id));
    const peek = await open(ben.client, ana.id);
    expect(peek).toEqual({ ok: false, error: { code: 'forbidden', reason: 'doc.notYours' } });
    expect(JSON.stringify(peek)).not.toContain('Secret');
    const write = await change(ben.client, { type: 'meeting:add', meetingId: randomUUID(), ...meeting }, ana.id);
    expect(write).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await change(ana.client, tip('I did well'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const own = unwrap(await open(ana.client));
    expect(own.meetings).toEqual([]);
    expect(own.tips.map((t) => t.text)).toEqual(['Secret tip']);
  });

  it('gives at most three tips, and lets the participant schedule, edit and delete meetings', async () => {
    const ana = people[0]!;
    for (const text of ['One', 'Two', 'Three']) unwrap(await change(facilitator, tip(text), ana.id));
    expect(await change(facilitator, tip('Four'), ana.id)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const meetingId = randomUUID();
    unwrap(await change(ana.client, { type: 'meeting:add', meetingId, ...meeting }));
    const edited = unwrap(
      await change(ana.client, { type: 'meeting:edit', meetingId, ...meeting, when: '2026-12-02T09:30' }),
    );
    expect(edited.meetings.map((m) => m.when)).toEqual(['2026-12-02T09:30']);
    expect(unwrap(await change(ana.client, { type: 'meeting:remove', meetingId })).meetings).toEqual([]);
  });

  it('keeps tips and meetings across a restart, and applies a retried addition once', async () => {
    const ana = people[0]!;
    const add: FollowUpChange = { type: 'meeting:add', meetingId: randomUUID(), ...meeting };
    unwrap(await change(ana.client, add));
    expect(unwrap(await change(ana.client, add)).meetings).toHaveLength(1);
    unwrap(await change(facilitator, tip('Make a clear ask'), ana.id));

    await server.close();
    server = await harness.startServer(server.dbFile);
    const back = await harness.connect(server);
    unwrap(await back.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    const followUp = unwrap(await open(back, ana.id));
    expect(followUp.tips.map((t) => t.text)).toEqual(['Make a clear ask']);
    expect(followUp.meetings).toMatchObject([meeting]);
  });

  it('answers invalid_input to a malformed change and not_in_session before entering', async () => {
    const ana = people[0]!;
    const bad = await change(ana.client, { type: 'meeting:add', when: 'soon' } as unknown as FollowUpChange);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const stranger = await harness.connect(server);
    expect(await open(stranger)).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
  });
});
