import Database from 'better-sqlite3';
import { createLogger } from '@common-ground/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, snapshotOf } from './helpers.js';

interface LogLine {
  level: number;
  code?: string;
  reason?: string;
  msg: string;
}

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
  it('does not stop the server; it is reported once, with its code, when first asked for, and the others are served', async () => {
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

    const lines: LogLine[] = [];
    const log = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
    const after = await harness.startServer(dbFile, { log });
    const health = async () => (await (await fetch(`${after.url}/healthz`)).json()) as Record<string, unknown>;
    // Nothing is read at start: the damage shows when a workshop is asked for.
    expect(await health()).toEqual({ ok: true, workshops: 3, loaded: 0, unreadable: 0 });

    expect((await snapshotOf(harness, after, good)).state).toEqual(goodState);
    expect((await fetch(`${after.url}/api/workshops/${notJson.code}`)).status).toBe(404);
    expect((await fetch(`${after.url}/api/workshops/${notJson.code}`)).status).toBe(404);
    const screen = await harness.connect(after);
    const resumed = await screen.resume(prototypeKeyed.code, {
      kind: 'facilitator',
      token: prototypeKeyed.facilitatorToken,
    });
    expect(resumed).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await fetch(`${after.url}/api/workshops/${good.code}`)).status).toBe(200);
    expect(await health()).toEqual({ ok: true, workshops: 3, loaded: 1, unreadable: 2 });

    const reported = lines.filter((line) => line.msg.startsWith('a stored workshop could not be read'));
    expect(reported.map((line) => line.code).sort()).toEqual([notJson.code, prototypeKeyed.code].sort());
    expect(reported.find((line) => line.code === notJson.code)).toMatchObject({ level: 50, reason: 'not JSON' });
    await after.close();

    // Kept as it was, for whoever looks into it.
    const db = new Database(dbFile, { readonly: true });
    const kept = db.prepare('SELECT state FROM workshops WHERE code = ?').get(notJson.code) as { state: string };
    db.close();
    expect(kept.state).toBe('{"title": "cut off');
  });

  it('starts with stored states damaged where the search for running clocks looks', async () => {
    const dbFile = harness.tempDbFile();
    const before = await harness.startServer(dbFile);
    const notJson = await createWorkshop(before, { title: 'Damaged by hand' });
    const oddAgenda = await createWorkshop(before, { title: 'Damaged by a bug' });
    await before.close();
    corrupt(dbFile, notJson.code, () => '{"clock": {"runningSince": 1');
    const runningIn = { runningSince: 1, stepId: 'a', phaseId: 'b' };
    corrupt(dbFile, oddAgenda.code, (state) =>
      JSON.stringify({ ...state, clock: runningIn, agenda: ['not a step', 7, null, { id: 'a', phases: 'none' }] }),
    );

    const after = await harness.startServer(dbFile);
    const fresh = await createWorkshop(after, { title: 'Wednesday training' });
    expect((await fetch(`${after.url}/api/workshops/${fresh.code}`)).status).toBe(200);
  });
});
