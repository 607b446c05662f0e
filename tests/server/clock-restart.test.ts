import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, openSqliteStores, WorkshopService, type Stores } from '@common-ground/server';
import {
  MINUTE_MS,
  projectClock,
  readClock,
  sequencedEventSchema,
  type Actor,
  type Command,
  type SequencedEvent,
  type WorkshopState,
} from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const facilitator: Actor = { kind: 'facilitator' };
const T0 = Date.UTC(2025, 2, 14, 18, 0, 0);

/** The server's clock, moved by the test alone. */
let now = T0;
let dir: string;
let dbFile: string;
const openStores: Stores[] = [];

beforeEach(() => {
  now = T0;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'common-ground-clock-'));
  dbFile = path.join(dir, 'common-ground.sqlite');
});

afterEach(async () => {
  for (const stores of openStores.splice(0)) await stores.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A server process on the test's database file, reading the test's clock. */
function boot(): WorkshopService {
  const stores = openSqliteStores(dbFile, { now: () => now });
  openStores.push(stores);
  return new WorkshopService(stores.workshops, () => now);
}

/** Stops the running "process" (its database closes) and boots a new one on the same file. */
async function restart(): Promise<WorkshopService> {
  await openStores.pop()?.close();
  return boot();
}

/** The event log as stored, read straight from the file: what a restart would come back to. */
function storedEvents(code: string): SequencedEvent[] {
  const db = openDatabase(dbFile);
  try {
    const rows = db
      .prepare('SELECT seq, at, event FROM events WHERE workshop_code = ? ORDER BY seq')
      .all(code) as Array<{ seq: number; at: number; event: string }>;
    return rows.map((row) => sequencedEventSchema.parse({ ...row, event: JSON.parse(row.event) }));
  } finally {
    db.close();
  }
}

async function execute(service: WorkshopService, code: string, command: Command): Promise<void> {
  const { result } = await service.execute(code, facilitator, command, randomUUID());
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.reason}`);
}

async function stateOf(service: WorkshopService, code: string): Promise<WorkshopState> {
  const state = await service.get(code);
  if (!state) throw new Error(`workshop ${code} is gone`);
  return state;
}

/** A practice workshop with the clock running in the pairs step's first sub-phase since T0. */
async function pairsRunning(service: WorkshopService) {
  const { state } = await service.create('Practice 1:1', 'practice-1on1');
  const pairs = state.agenda[1];
  if (pairs?.kind !== 'pairs') throw new Error('the practice template has no pairs step second');
  await execute(service, state.code, { type: 'clock:goto', stepId: pairs.id });
  await execute(service, state.code, { type: 'clock:start' });
  return { code: state.code, pairs, phaseIds: pairs.phases.map((p) => p.id) };
}

/** The automatic advance into `phaseId` that starts exactly at `boundary`, applied at `at`. */
function autoMove(stepId: string, phaseId: string | undefined, boundary: number, at: number) {
  return {
    seq: expect.any(Number),
    at,
    event: { type: 'clock:moved', stepId, phaseId, running: true, startAt: boundary, auto: true },
  };
}

describe('sub-phase advances across a restart', () => {
  it('applies each boundary once, starting exactly at it, before and after a restart', async () => {
    const first = boot();
    const { code, pairs, phaseIds } = await pairsRunning(first);
    const startSeq = (await stateOf(first, code)).seq;

    now = T0 + 8 * MINUTE_MS + 30_000;
    expect(await first.advanceDue(code)).toEqual([autoMove(pairs.id, phaseIds[1], T0 + 8 * MINUTE_MS, now)]);

    const second = await restart();
    expect(await second.advanceDue(code)).toEqual([]);
    now = T0 + 10 * MINUTE_MS + 1_000;
    const advanced = await second.advanceDue(code);
    expect(advanced).toEqual([autoMove(pairs.id, phaseIds[2], T0 + 10 * MINUTE_MS, now)]);
    expect(await second.advanceDue(code)).toEqual([]);

    const third = await restart();
    expect(await third.advanceDue(code)).toEqual([]);
    expect((await stateOf(third, code)).clock).toEqual({
      stepId: pairs.id,
      phaseId: phaseIds[2],
      runningSince: T0 + 10 * MINUTE_MS,
      elapsedMs: 0,
      extraMs: 0,
      started: true,
    });
    const moves = storedEvents(code).filter((e) => e.event.type === 'clock:moved' && e.event.auto);
    expect(moves.map((e) => e.seq)).toEqual([startSeq + 1, startSeq + 2]);
    expect(moves.map((e) => (e.event.type === 'clock:moved' ? e.event.startAt : null))).toEqual([
      T0 + 8 * MINUTE_MS,
      T0 + 10 * MINUTE_MS,
    ]);
  });

  it('catches up, in order and each from its own boundary, on every boundary passed while it was down', async () => {
    const first = boot();
    const { code, pairs, phaseIds } = await pairsRunning(first);
    const before = await stateOf(first, code);

    now = T0 + 20 * MINUTE_MS + 5_000;
    const second = await restart();
    const advanced = await second.advanceDue(code);
    expect(advanced).toEqual([
      autoMove(pairs.id, phaseIds[1], T0 + 8 * MINUTE_MS, now),
      autoMove(pairs.id, phaseIds[2], T0 + 10 * MINUTE_MS, now),
      autoMove(pairs.id, phaseIds[3], T0 + 18 * MINUTE_MS, now),
      autoMove(pairs.id, phaseIds[4], T0 + 20 * MINUTE_MS, now),
    ]);
    expect(advanced.map((e) => e.seq)).toEqual([1, 2, 3, 4].map((n) => before.seq + n));
    expect(await second.advanceDue(code)).toEqual([]);

    // The server now says what every screen had projected from the clock before the restart.
    const after = await stateOf(second, code);
    expect(readClock(after.agenda, after.clock, now)).toEqual(
      readClock(before.agenda, projectClock(before.agenda, before.clock, true, now), now),
    );
    expect(storedEvents(code).slice(-4)).toEqual(advanced);
  });

  it('neither skips nor repeats a boundary when restarted between two of them', async () => {
    const first = boot();
    const { code, pairs, phaseIds } = await pairsRunning(first);

    now = T0 + 9 * MINUTE_MS;
    expect(await first.advanceDue(code)).toHaveLength(1);
    const second = await restart();
    expect(await second.advanceDue(code)).toEqual([]);
    expect(await second.nextBoundary(code)).toBe(T0 + 10 * MINUTE_MS);

    now = T0 + 10 * MINUTE_MS - 1;
    expect(await second.advanceDue(code)).toEqual([]);
    now = T0 + 10 * MINUTE_MS;
    expect(await second.advanceDue(code)).toEqual([autoMove(pairs.id, phaseIds[2], now, now)]);
    expect(await second.nextBoundary(code)).toBe(T0 + 18 * MINUTE_MS);
  });

  it('stops at the last sub-phase of the step, which then runs into overtime', async () => {
    const first = boot();
    const { code, phaseIds } = await pairsRunning(first);
    now = T0 + 40 * MINUTE_MS;
    const second = await restart();
    expect(await second.advanceDue(code)).toHaveLength(4);
    expect(await second.nextBoundary(code)).toBeNull();
    const state = await stateOf(second, code);
    expect(state.clock.phaseId).toBe(phaseIds[4]);
    expect(readClock(state.agenda, state.clock, now)).toMatchObject({ remainingMs: -15 * MINUTE_MS, overtime: true });
  });

  it('does not advance a clock that was paused before the restart', async () => {
    const first = boot();
    const { code, phaseIds } = await pairsRunning(first);
    now = T0 + 5 * MINUTE_MS;
    await execute(first, code, { type: 'clock:pause' });
    now = T0 + 60 * MINUTE_MS;
    const second = await restart();
    expect(await second.nextBoundary(code)).toBeNull();
    expect(await second.advanceDue(code)).toEqual([]);
    const state = await stateOf(second, code);
    expect(state.clock).toMatchObject({ phaseId: phaseIds[0], runningSince: null, elapsedMs: 5 * MINUTE_MS });
  });

  it('does not advance when auto-advance was turned off before the restart', async () => {
    const first = boot();
    const { code, phaseIds } = await pairsRunning(first);
    await execute(first, code, { type: 'settings:update', autoAdvance: false });
    now = T0 + 60 * MINUTE_MS;
    const second = await restart();
    expect(await second.nextBoundary(code)).toBeNull();
    expect(await second.advanceDue(code)).toEqual([]);
    expect((await stateOf(second, code)).clock.phaseId).toBe(phaseIds[0]);
  });

  it('shifts the boundary by a pause and resume made before the restart', async () => {
    const first = boot();
    const { code, pairs, phaseIds } = await pairsRunning(first);
    now = T0 + 2 * MINUTE_MS;
    await execute(first, code, { type: 'clock:pause' });
    now = T0 + 5 * MINUTE_MS;
    await execute(first, code, { type: 'clock:start' });
    const second = await restart();
    expect(await second.nextBoundary(code)).toBe(T0 + 11 * MINUTE_MS);
    now = T0 + 11 * MINUTE_MS + 200;
    expect(await second.advanceDue(code)).toEqual([autoMove(pairs.id, phaseIds[1], T0 + 11 * MINUTE_MS, now)]);
  });

  it('has nothing to advance for a workshop it does not know', async () => {
    const service = boot();
    expect(await service.advanceDue('NOPE99')).toEqual([]);
    expect(await service.nextBoundary('NOPE99')).toBeNull();
  });
});
