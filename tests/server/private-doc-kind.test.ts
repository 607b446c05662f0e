import { randomUUID } from 'node:crypto';
import {
  definePrivateDocKind,
  fail,
  idSchema,
  ok,
  PRIVATE_DOC_KINDS,
  type DocEnvelope,
  type DocKindRegistry,
} from '@common-ground/shared';
import { z } from 'zod/mini';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeDoc, createWorkshop, Harness, openDoc, unwrap, type TestClient, type TestServer } from './helpers.js';

/**
 * A kind of private document that exists only in this test: a participant's own "goals" list.
 * A descriptor and its rules, nothing else: no server or client plumbing was added for it.
 */
const goalsDoc = definePrivateDocKind({
  docSchema: z.object({ goals: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(5)) }),
  changeSchema: z.object({ add: z.string().check(z.minLength(1), z.maxLength(80)) }),
  keySchema: idSchema,
  empty: () => ({ goals: [] }),
  canRead: (_state, actor, key) =>
    actor.kind === 'facilitator' || (actor.kind === 'participant' && actor.participantId === key),
  apply: (doc, change, { actor }) =>
    actor.kind !== 'participant'
      ? fail('forbidden', 'doc.notYours')
      : doc.goals.length >= 5
        ? fail('invalid_input', 'doc.full')
        : ok({ goals: [...doc.goals, change.add] }),
  audience: (_state, participantId) => [participantId],
});

const kinds: DocKindRegistry = { ...PRIVATE_DOC_KINDS, goals: goalsDoc };

const harness = new Harness();
afterEach(() => harness.cleanup());

let server: TestServer;
let facilitator: TestClient;
let people: Array<{ client: TestClient; id: string; pushes: DocEnvelope[] }>;
let facilitatorPushes: DocEnvelope[];

beforeEach(async () => {
  server = await harness.startServer(undefined, { docKinds: kinds });
  const workshop = await createWorkshop(server);
  facilitator = await harness.connect(server);
  facilitatorPushes = [];
  facilitator.socket.on('doc:changed', (envelope) => facilitatorPushes.push(envelope));
  unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
  people = [];
  for (const name of ['Ana', 'Ben']) {
    const client = await harness.connect(server);
    const pushes: DocEnvelope[] = [];
    client.socket.on('doc:changed', (envelope) => pushes.push(envelope));
    const joined = unwrap(await client.join(workshop.code, name));
    if (joined.identity.kind !== 'participant') throw new Error('not a participant');
    people.push({ client, id: joined.identity.participantId, pushes });
  }
});

describe('a kind of private document added by a descriptor alone', () => {
  it('reaches its author and the facilitator, and nobody else', async () => {
    const [ana, ben] = people as [(typeof people)[0], (typeof people)[0]];
    const goals = unwrap(await changeDoc<{ goals: string[] }>(ana.client, 'goals', ana.id, { add: 'Ask why twice' }));
    expect(goals.goals).toEqual(['Ask why twice']);
    // Ben's own change arrives after Ana's would have: the order proves Ana's never reached him.
    unwrap(await changeDoc(ben.client, 'goals', ben.id, { add: 'Listen more' }));
    await expect.poll(() => ben.pushes.length).toBe(1);
    expect(ben.pushes.map((push) => push.key)).toEqual([ben.id]);
    expect(ana.pushes.map((push) => push.key)).toEqual([ana.id]);
    expect(facilitatorPushes.map((push) => push.key)).toEqual([ana.id, ben.id]);
    expect(await openDoc(ben.client, 'goals', ana.id)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await changeDoc(ben.client, 'goals', ana.id, { add: 'x' })).toMatchObject({ ok: false });
    expect(unwrap(await openDoc(facilitator, 'goals', ana.id))).toEqual({ goals: ['Ask why twice'] });
  });

  it('applies a retried change once, and every push carries a newer version', async () => {
    const ana = people[0]!;
    const commandId = randomUUID();
    unwrap(await changeDoc(ana.client, 'goals', ana.id, { add: 'Make an ask' }, commandId));
    const retried = unwrap(
      await changeDoc<{ goals: string[] }>(ana.client, 'goals', ana.id, { add: 'Make an ask' }, commandId),
    );
    expect(retried.goals).toEqual(['Make an ask']);
    unwrap(await changeDoc(ana.client, 'goals', ana.id, { add: 'Share a story' }));
    await expect.poll(() => facilitatorPushes.length).toBe(2);
    expect(facilitatorPushes.map((push) => push.version)).toEqual([1, 2]);
    expect(unwrap(await openDoc(ana.client, 'goals', ana.id))).toEqual({ goals: ['Make an ask', 'Share a story'] });
  });

  it('refuses what its rules refuse, and what its schemas do not accept', async () => {
    const ana = people[0]!;
    expect(await changeDoc(facilitator, 'goals', ana.id, { add: 'Not mine to set' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await changeDoc(ana.client, 'goals', ana.id, { add: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await openDoc(ana.client, 'no-such-kind', ana.id)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await openDoc(ana.client, 'constructor', ana.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
