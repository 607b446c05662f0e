import { randomUUID } from 'node:crypto';
import { openPostgresStores, type PostgresStores } from '@common-ground/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshSchema, queryIn, type TestSchema } from './postgres-database.js';
import { addCard, cardTexts, join, newWorkshop, T0 } from './storage-fixtures.js';

/**
 * What only PostgreSQL promises beyond the contract (storage-contract.test.ts): several processes
 * on one database. Each "process" here is a store with a pool of its own.
 */
let schema: TestSchema;
const opened: PostgresStores[] = [];

async function startProcess(options: Parameters<typeof openPostgresStores>[1] = {}): Promise<PostgresStores> {
  const stores = await openPostgresStores(schema.url, options);
  opened.push(stores);
  return stores;
}

beforeEach(async () => {
  schema = await freshSchema();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((stores) => stores.close()));
  await schema.drop();
});

async function storedSeqs(code: string): Promise<number[]> {
  const rows = await queryIn<{ seq: string }>(schema, 'SELECT seq FROM events WHERE workshop_code = $1 ORDER BY seq', [
    code,
  ]);
  return rows.map((row) => Number(row.seq));
}

const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => i + from);

describe('PostgreSQL storage shared by several processes', () => {
  it('migrates once when three processes start together', async () => {
    await Promise.all([startProcess(), startProcess(), startProcess()]);
    const versions = await queryIn<{ version: number }>(schema, 'SELECT version FROM schema_migrations');
    expect(versions.map((row) => row.version)).toEqual([1]);
    const again = await startProcess();
    expect(await again.workshops.count()).toBe(0);
  });

  it('keeps one order when two processes decide hundreds of commands for one workshop at once, each applied once', async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    if (!a || !b) throw new Error('two processes expected');
    const state = newWorkshop();
    await a.workshops.insert(state, 'f', 'p');
    const N = 200;
    const ids = range(N).map(() => randomUUID());
    // Each command reaches both processes, as a screen that reconnects to the other one resends it.
    const [onA, onB] = await Promise.all([
      Promise.all(ids.map((id, i) => a.workshops.update(state.code, id, addCard(`card ${i}`, id)))),
      Promise.all(ids.map((id, i) => b.workshops.update(state.code, id, addCard(`card ${i}`, id)))),
    ]);
    expect(onB).toEqual(onA);
    expect(onA.map((answer) => answer?.seq ?? 0).sort((x, y) => x - y)).toEqual(range(N));
    expect(await storedSeqs(state.code)).toEqual(range(N));
    for (const stores of [a, b]) {
      const stored = (await stores.workshops.read(state.code))?.state;
      expect(stored?.seq).toBe(N);
      expect(cardTexts(stored)).toHaveLength(N);
    }
  });

  it("reads another process's change, and decides the next one on it", async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    if (!a || !b) throw new Error('two processes expected');
    const state = newWorkshop();
    await a.workshops.insert(state, 'f', 'p');
    await a.workshops.update(state.code, 'c1', addCard('from A', 'c1'));
    expect(cardTexts((await b.workshops.read(state.code))?.state)).toEqual(['from A']);
    await b.workshops.update(state.code, 'c2', addCard('from B', 'c2'));
    // A's copy is behind now: the row's seq says so, and the state comes with it.
    expect(cardTexts((await a.workshops.read(state.code))?.state)).toEqual(['from A', 'from B']);
    expect(await a.workshops.update(state.code, 'c3', addCard('A again', 'c3'))).toEqual({ seq: 3 });
    const participantId = randomUUID();
    await b.workshops.update(state.code, 'j1', join('Ana', participantId, 'ana-hash', 'j1'));
    expect(await a.workshops.participantTokenHash(state.code, participantId)).toBe('ana-hash');
    expect(await storedSeqs(state.code)).toEqual([1, 2, 3, 4]);
  });

  it('serializes changes to one private document across processes', async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    if (!a || !b) throw new Error('two processes expected');
    const state = newWorkshop();
    await a.workshops.insert(state, 'f', 'p');
    const bump = (current: { version: number } | undefined, earlier: unknown) => {
      if (earlier !== undefined) return { value: earlier as number };
      const version = (current?.version ?? 0) + 1;
      return { write: { version, doc: { version }, result: version }, value: version };
    };
    const ids = range(30).map(() => randomUUID());
    const answers = await Promise.all(
      ids.flatMap((id) => [a, b].map((stores) => stores.docs.update(state.code, 'notebook', 'pair-1', id, bump))),
    );
    expect([...new Set(answers)].sort((x, y) => x - y)).toEqual(range(30));
    expect(await a.docs.get(state.code, 'notebook', 'pair-1')).toEqual({
      key: 'pair-1',
      version: 30,
      data: { version: 30 },
    });
  });
});

describe('a batch of changes to one workshop', () => {
  it('acknowledges none of them when its transaction fails, and the next change finds the workshop as it was', async () => {
    const stores = await startProcess();
    const state = newWorkshop();
    await stores.workshops.insert(state, 'f', 'p');
    const participantId = randomUUID();
    await stores.workshops.update(state.code, 'j1', join('Ana', participantId, 'ana-hash', 'j1'));

    // Queued in one turn, they share a batch; the second writes a rejoin key that already exists.
    const batch = [
      stores.workshops.update(state.code, 'c1', addCard('one', 'c1')),
      stores.workshops.update(state.code, 'j2', join('Ana again', participantId, 'other-hash', 'j2')),
      stores.workshops.update(state.code, 'c2', addCard('two', 'c2')),
    ];
    const settled = await Promise.allSettled(batch);
    expect(settled.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await storedSeqs(state.code)).toEqual([1]);

    expect(await stores.workshops.update(state.code, 'c1', addCard('one', 'c1'))).toEqual({ seq: 2 });
    expect(cardTexts((await stores.workshops.read(state.code))?.state)).toEqual(['one']);
    expect(await stores.workshops.participantTokenHash(state.code, participantId)).toBe('ana-hash');
  });

  it('leaves out only a change whose decide throws or whose commit breaks the order', async () => {
    const stores = await startProcess();
    const state = newWorkshop();
    await stores.workshops.insert(state, 'f', 'p');
    const batch = [
      stores.workshops.update(state.code, 'c1', addCard('one', 'c1')),
      stores.workshops.update(state.code, 'c2', () => {
        throw new Error('a bug in decide');
      }),
      stores.workshops.update(state.code, 'c3', (workshop, earlier) => {
        const decided = addCard('skips a seq', 'c3')(workshop, earlier);
        const commit = decided.commit && {
          ...decided.commit,
          events: decided.commit.events.map((e) => ({ ...e, seq: e.seq + 1 })),
          state: { ...decided.commit.state, seq: decided.commit.state.seq + 1 },
        };
        return { ...decided, commit };
      }),
      stores.workshops.update(state.code, 'c4', addCard('two', 'c4')),
    ];
    const settled = await Promise.allSettled(batch);
    expect(settled.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(await storedSeqs(state.code)).toEqual([1, 2]);
    expect(cardTexts((await stores.workshops.read(state.code))?.state)).toEqual(['one', 'two']);
  });

  it('is refused once the store is closed', async () => {
    const stores = await startProcess();
    const state = newWorkshop();
    await stores.workshops.insert(state, 'f', 'p');
    await stores.close();
    await expect(stores.workshops.update(state.code, 'c1', addCard('late', 'c1'))).rejects.toThrow(/closed/);
  });
});

describe("a process's copies of workshops", () => {
  const IDLE_MS = 60_000;

  it('stay while a screen holds them or they must, and go once nobody used them for the idle time', async () => {
    let now = T0;
    const stores = await startProcess({ now: () => now, idleMs: IDLE_MS });
    const [held, idle, mustStay] = [newWorkshop(), newWorkshop(), newWorkshop()];
    for (const state of [held, idle, mustStay]) await stores.workshops.insert(state, 'f', 'p');
    expect(stores.workshops.loadedCount).toBe(3);
    stores.workshops.hold(held.code);

    now += IDLE_MS - 1;
    expect(stores.workshops.evictIdle(() => false)).toBe(0);
    now += 1;
    expect(stores.workshops.evictIdle((state) => state.code === mustStay.code)).toBe(1);
    expect(stores.workshops.loadedCount).toBe(2);

    stores.workshops.release(held.code);
    now += IDLE_MS;
    expect(stores.workshops.evictIdle(() => false)).toBe(2);
    expect(stores.workshops.loadedCount).toBe(0);
    // Gone from memory, not from the database.
    expect((await stores.workshops.read(idle.code))?.state).toEqual(idle);
    expect(stores.workshops.loadedCount).toBe(1);
  });
});
