import {
  REFLECTION_KEY,
  type CreateWorkshopResponse,
  type EvaluationAnswer,
  type EvaluationSummary,
  type Reflection,
  type Result,
} from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changeDoc,
  createWorkshop,
  docPushes,
  Harness,
  listDocs,
  openDoc,
  send,
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
let facilitatorInbox: Inbox<EvaluationAnswer>;
let people: Array<{ client: TestClient; id: string; inbox: Inbox<EvaluationAnswer> }>;

const answers = { learned: 'Listening', rating: 5, likes: ['The practice'], wishes: ['Longer breaks'] };

/** Sends `client`'s person's own answers: the key of their evaluation is their participant id. */
function submit(client: TestClient, body: unknown): Promise<Result<EvaluationAnswer>> {
  const key = people.find((p) => p.client === client)?.id ?? 'nobody';
  return changeDoc<EvaluationAnswer>(client, 'evaluation', key, { answers: body });
}

/** What the facilitator sees: every answer, and the reflection. */
async function board(client: TestClient) {
  const answers = unwrap(await listDocs<EvaluationAnswer | null>(client, 'evaluation')).filter((a) => a !== null);
  const reflection = unwrap(await openDoc<Reflection | null>(client, 'reflection', REFLECTION_KEY));
  return { answers, reflection };
}

beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Evaluation' });
  facilitator = await harness.connect(server);
  facilitatorInbox = docPushes<EvaluationAnswer>(facilitator, 'evaluation');
  unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
  people = [];
  for (const name of ['Ana', 'Ben']) {
    const client = await harness.connect(server);
    const inbox = docPushes<EvaluationAnswer>(client, 'evaluation');
    const snapshot = unwrap(await client.join(workshop.code, name));
    if (snapshot.identity.kind !== 'participant') throw new Error('not a participant');
    people.push({ client, id: snapshot.identity.participantId, inbox });
  }
});

describe('the private evaluation', () => {
  it('refuses answers until the facilitator opens it, and after they close it', async () => {
    const ana = people[0]!;
    expect(await submit(ana.client, answers)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    unwrap(await send(facilitator, 'evaluation:set-open', { open: true }));
    unwrap(await submit(ana.client, answers));
    const changed = unwrap(await submit(ana.client, { ...answers, rating: 3 }));
    expect(changed.rating).toBe(3);
    expect(await send(ana.client, 'evaluation:set-open', { open: false })).toMatchObject({ ok: false });
    unwrap(await send(facilitator, 'evaluation:set-open', { open: false }));
    expect(await submit(ana.client, { ...answers, rating: 1 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await board(facilitator)).answers.map((a) => a.rating)).toEqual([3]);
  });

  it('sends answers to the facilitator and the author only; others cannot read them', async () => {
    const [ana, ben] = people as [(typeof people)[0], (typeof people)[0]];
    unwrap(await send(facilitator, 'evaluation:set-open', { open: true }));
    unwrap(await submit(ana.client, { ...answers, learned: 'Secret lesson' }));
    expect((await facilitatorInbox.next()).learned).toBe('Secret lesson');
    expect((await ana.inbox.next()).participantId).toBe(ana.id);

    // Ben's next evaluation message is his own: Ana's never reached him.
    unwrap(await submit(ben.client, answers));
    expect((await ben.inbox.next()).participantId).toBe(ben.id);
    for (const peek of [
      await openDoc(ben.client, 'evaluation', ana.id),
      await openDoc(ben.client, 'reflection', REFLECTION_KEY),
      await ben.client.sendRaw('evaluation:summary', {}),
    ]) {
      expect(peek).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(JSON.stringify(peek)).not.toContain('Secret');
    }
    // Listing every answer gives Ben his own alone.
    const listed = await listDocs<EvaluationAnswer | null>(ben.client, 'evaluation');
    expect(unwrap(listed).map((answer) => answer?.participantId)).toEqual([ben.id]);
    expect(JSON.stringify(listed)).not.toContain('Secret');
    const mine = unwrap(await openDoc<EvaluationAnswer | null>(ben.client, 'evaluation', ben.id));
    expect(mine?.learned).toBe('Listening');
  });

  it('keeps answers and the reflection across a restart; the summary names only who signed', async () => {
    const [ana, ben] = people as [(typeof people)[0], (typeof people)[0]];
    unwrap(await send(facilitator, 'evaluation:set-open', { open: true }));
    unwrap(await submit(ana.client, { ...answers, signed: true }));
    unwrap(await submit(ben.client, { ...answers, rating: 3 }));
    unwrap(
      await changeDoc(facilitator, 'reflection', REFLECTION_KEY, {
        reflection: { did: 'Ran pairs', change: 'Shorter intro' },
      }),
    );

    await server.close();
    server = await harness.startServer(server.dbFile);
    const back = await harness.connect(server);
    unwrap(await back.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    const afterRestart = await board(back);
    expect(afterRestart.answers).toHaveLength(2);
    expect(afterRestart.reflection).toMatchObject({ did: 'Ran pairs', change: 'Shorter intro', worked: '' });
    const summary = unwrap((await back.sendRaw('evaluation:summary', {})) as Result<EvaluationSummary>);
    expect(summary).toMatchObject({ counts: [0, 0, 1, 0, 1], total: 2, mean: 4 });
    expect(summary.likes.map((l) => l.by)).toEqual(['Ana', null]);
    expect(JSON.stringify(summary)).not.toContain('Ben');
  });
});
