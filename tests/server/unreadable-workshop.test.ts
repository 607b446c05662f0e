import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, snapshotOf } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** Rewrites a stored workshop's state behind the server's back, as a bug or a hand edit might. */
function corrupt(dbFile: string, code: string, change: (state: Record<string, unknown>) => string): void {
  const db = new Database(dbFile);
  const row = db.prepare('SELECT state FROM workshops WHERE code = ?').get(code) as { state: string };
  db.prepare('UPDATE workshops SET state = ? WHERE code = ?').run(change(JSON.parse(row.state)), code);
  db.close();
}

describe('a stored workshop that cannot be read', () => {
  it('is skipped and kept at start, while every other workshop starts and is served', async () => {
    const dbFile = harness.tempDbFile();
    const before = await harness.startServer(dbFile);
    const good = await createWorkshop(before, { title: 'Tuesday training' });
    const prototypeKeyed = await createWorkshop(before, { title: 'Damaged by a hostile id' });
    const notJson = await createWorkshop(before, { title: 'Damaged by hand' });
    const goodState = (await snapshotOf(harness, before, good)).state;
    await before.close();

    corrupt(dbFile, prototypeKeyed.code, (state) =>
      JSON.stringify({ ...state, participants: { constructor: { role: 'notetaker' } } }),
    );
    corrupt(dbFile, notJson.code, () => '{"title": "cut off');

    const after = await harness.startServer(dbFile);
    expect((await snapshotOf(harness, after, good)).state).toEqual(goodState);
    const health = (await (await fetch(`${after.url}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toEqual({ ok: true, workshops: 1, unreadable: 2 });
    expect((await fetch(`${after.url}/api/workshops/${notJson.code}`)).status).toBe(404);
    expect((await fetch(`${after.url}/api/workshops/${good.code}`)).status).toBe(200);
    await after.close();

    // Kept as it was, for whoever looks into it.
    const db = new Database(dbFile, { readonly: true });
    const kept = db.prepare('SELECT state FROM workshops WHERE code = ?').get(notJson.code) as { state: string };
    db.close();
    expect(kept.state).toBe('{"title": "cut off');
  });
});
