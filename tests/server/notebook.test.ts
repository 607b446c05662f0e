import { randomUUID } from 'node:crypto';
import {
  pairOf,
  type CreateWorkshopResponse,
  type Notebook,
  type NotebookChange,
  type Result,
  type WorkshopState,
} from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changeDoc,
  createWorkshop,
  docPushes,
  Harness,
  type Inbox,
  listDocs,
  openDoc,
  unwrap,
  type TestClient,
  type TestServer,
} from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: TestClient;
let people: Array<{ client: TestClient; id: string; notebooks: Inbox<Notebook> }>;
let state: WorkshopState;

/** The notebook of `pairId`, or of the pair `client`'s person is in. */
function open(client: TestClient, pairId?: string): Promise<Result<Notebook>> {
  return openDoc<Notebook>(client, 'notebook', pairId ?? ownPairOf(client));
}

function change(client: TestClient, next: NotebookChange, pairId?: string): Promise<Result<Notebook>> {
  return changeDoc<Notebook>(client, 'notebook', pairId ?? ownPairOf(client), next);
}

/** A participant's own pair, which their screen names as the notebook's key. */
function ownPairOf(client: TestClient): string {
  const person = people.find((p) => p.client === client);
  return (person && pairOf(state.pairs, person.id)?.id) ?? 'no-pair';
}

/** Four participants in two pairs; each screen collects the notebook messages it is sent. */
beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Notebooks' });
  facilitator = await harness.connect(server);
  unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
  people = [];
  for (const name of ['Ana', 'Ben', 'Cai', 'Dee']) {
    const client = await harness.connect(server);
    const notebooks = docPushes<Notebook>(client, 'notebook');
    const snapshot = unwrap(await client.join(workshop.code, name));
    if (snapshot.identity.kind !== 'participant') throw new Error('not a participant');
    people.push({ client, id: snapshot.identity.participantId, notebooks });
  }
  unwrap((await facilitator.sendRaw('pairs:shuffle', { commandId: randomUUID() })) as Result<unknown>);
  state = unwrap(
    await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }),
  ).state;
});

function partnersOf(index: number) {
  const pair = pairOf(state.pairs, people[index]!.id)!;
  const [mate] = people.filter((p, i) => i !== index && pair.memberIds.includes(p.id));
  const outsiders = people.filter((p) => !pair.memberIds.includes(p.id));
  return { pair, me: people[index]!, mate: mate!, outsiders };
}

describe('the pair notebook', () => {
  it('is shared live between the partners and the facilitator, and nobody else', async () => {
    const { pair, me, mate, outsiders } = partnersOf(0);
    const written = unwrap(
      await change(me.client, { type: 'add', entryId: randomUUID(), section: 'values', text: 'Family first' }),
    );
    expect(written.entries.map((e) => e.text)).toEqual(['Family first']);
    expect((await mate.notebooks.next()).entries[0]?.text).toBe('Family first');
    expect(unwrap(await open(facilitator, pair.id)).entries[0]?.authorId).toBe(me.id);

    // The other pair hears nothing: their next notebook message is about their own pair.
    const other = outsiders[0]!;
    const ownPair = pairOf(state.pairs, other.id)!;
    unwrap(await change(other.client, { type: 'add', entryId: randomUUID(), section: 'interests', text: 'Housing' }));
    for (const outsider of outsiders) expect((await outsider.notebooks.next()).pairId).toBe(ownPair.id);
  });

  it('refuses another pair’s notebook to a participant, and tells nothing of it', async () => {
    const { pair, me, outsiders } = partnersOf(0);
    unwrap(await change(me.client, { type: 'add', entryId: randomUUID(), section: 'values', text: 'Secret' }));
    const intruder = outsiders[0]!.client;
    expect(await open(intruder, pair.id)).toEqual({
      ok: false,
      error: { code: 'forbidden', reason: 'doc.notYours' },
    });
    const write = await change(intruder, { type: 'add', entryId: randomUUID(), section: 'values', text: 'x' }, pair.id);
    expect(write).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify(write)).not.toContain('Secret');
    expect(unwrap(await open(me.client)).entries).toHaveLength(1);
  });

  it('never loses a partner’s text when both edit the same note at once', async () => {
    const { me, mate } = partnersOf(0);
    const entryId = randomUUID();
    const first = unwrap(await change(me.client, { type: 'add', entryId, section: 'resources', text: 'Knows Ed' }));
    const version = first.entries[0]!.version;
    unwrap(
      await change(mate.client, { type: 'edit', entryId, text: 'Knows Ed, the shop steward', baseVersion: version }),
    );
    // My edit started from the old version: refused as a conflict, their text kept.
    const mine = await change(me.client, { type: 'edit', entryId, text: 'Knows Ed from church', baseVersion: version });
    expect(mine).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const now = unwrap(await open(me.client));
    expect(now.entries[0]?.text).toBe('Knows Ed, the shop steward');
    // Having seen both, a save from the new version goes through.
    const merged = 'Knows Ed, the shop steward, from church';
    const saved = unwrap(
      await change(me.client, { type: 'edit', entryId, text: merged, baseVersion: now.entries[0]!.version }),
    );
    expect(saved.entries[0]?.text).toBe(merged);
  });

  it('applies a retried addition once and keeps the commitment across a restart', async () => {
    const { me } = partnersOf(0);
    const entryId = randomUUID();
    const add: NotebookChange = { type: 'add', entryId, section: 'interests', text: 'Safe staffing' };
    unwrap(await change(me.client, add));
    expect(unwrap(await change(me.client, add)).entries).toHaveLength(1);
    const commitment = { who: 'Ana', what: 'Bring two coworkers', byWhen: 'Friday' };
    unwrap(await change(me.client, { type: 'commit', commitment, baseVersion: 0 }));

    const token = workshop.facilitatorToken;
    await server.close();
    server = await harness.startServer(server.dbFile);
    const back = await harness.connect(server);
    unwrap(await back.resume(workshop.code, { kind: 'facilitator', token }));
    const notebook = unwrap(await open(back, pairOf(state.pairs, me.id)!.id));
    expect(notebook.entries.map((e) => e.text)).toEqual(['Safe staffing']);
    expect(notebook.commitment).toMatchObject(commitment);
  });

  it('keeps the feedback checklist per round, and shows every pair’s only to the facilitator', async () => {
    const { me, mate } = partnersOf(0);
    unwrap(await change(me.client, { type: 'rubric', round: 1, item: 'askedWhy', checked: true }));
    unwrap(await change(mate.client, { type: 'rubric', round: 2, item: 'madeAsk', checked: true }));
    const both = unwrap(await change(me.client, { type: 'rubric', round: 1, item: 'madeAsk', checked: true }));
    expect(both.rubrics).toEqual([
      { round: 1, askedWhy: true, sharedStory: false, drewOut: false, madeAsk: true },
      { round: 2, askedWhy: false, sharedStory: false, drewOut: false, madeAsk: true },
    ]);
    // A participant's list holds their own pair's notebook alone.
    expect(unwrap(await listDocs<Notebook>(me.client, 'notebook')).map((n) => n.pairId)).toEqual([
      pairOf(state.pairs, me.id)!.id,
    ]);
    const all = unwrap(await listDocs<Notebook>(facilitator, 'notebook'));
    expect(all).toHaveLength(2);
    expect(all.flatMap((n) => n.rubrics)).toHaveLength(2);
  });

  it('answers invalid_input to a malformed change and not_in_session before entering', async () => {
    const { me } = partnersOf(0);
    expect(await change(me.client, { type: 'add', section: 'values' } as unknown as NotebookChange)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const stranger = await harness.connect(server);
    expect(await open(stranger)).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
  });
});
