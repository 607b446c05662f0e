import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStores, WorkshopService, type Stores } from '@common-ground/server';
import { MINUTE_MS, type Command, type SequencedEvent } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoAdvanceScheduler } from '../../server/src/clock/auto-advance.scheduler.js';

const T0 = Date.UTC(2025, 2, 14, 18, 0, 0);

let dir: string;
let dbFile: string;
const openStores: Stores[] = [];
const schedulers: AutoAdvanceScheduler[] = [];

/** What the scheduler broadcast, one entry per call, as the socket server would send it. */
let broadcasts: Array<{ code: string; events: SequencedEvent[] }>;

beforeEach(() => {
  // Only timers and the date are fake: the database and everything else run for real, the group
  // commit's setImmediate included (see `advance`).
  vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'common-ground-scheduler-'));
  dbFile = path.join(dir, 'common-ground.sqlite');
  broadcasts = [];
});

afterEach(async () => {
  for (const scheduler of schedulers.splice(0)) scheduler.stop();
  for (const stores of openStores.splice(0)) await stores.close();
  fs.rmSync(dir, { recursive: true, force: true });
  vi.useRealTimers();
});

/** A server process: its service and scheduler share the (fake) clock, as createApp wires them. */
function boot(): { service: WorkshopService; scheduler: AutoAdvanceScheduler } {
  const now = () => Date.now();
  const stores = openSqliteStores(dbFile, { now });
  openStores.push(stores);
  const service = new WorkshopService(stores.workshops, now);
  const scheduler = new AutoAdvanceScheduler(service, (code, events) => broadcasts.push({ code, events }), now);
  schedulers.push(scheduler);
  return { service, scheduler };
}

/**
 * Lets the real event loop turn, so a commit (a real setImmediate), its flush to the disk (on
 * libuv's thread pool) and what follows them run.
 */
async function commitsDone(): Promise<void> {
  for (let turn = 0; turn < 3; turn += 1) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    await Promise.all(openStores.map((stores) => stores.settled()));
  }
}

/**
 * Moves the fake clock by `ms`, a second at a time, letting each second's timers commit, broadcast
 * and set the next timer before the clock moves on (boundaries are minutes apart).
 */
async function advance(ms: number): Promise<void> {
  let left = ms;
  do {
    const step = Math.min(left, 1000);
    await vi.advanceTimersByTimeAsync(step);
    left -= step;
    await commitsDone();
  } while (left > 0);
}

/** Runs a facilitator command and reschedules, as the command handler does after a commit. */
async function execute(
  service: WorkshopService,
  scheduler: AutoAdvanceScheduler,
  code: string,
  command: Command,
): Promise<void> {
  const { result } = await service.execute(code, { kind: 'facilitator' }, command, randomUUID());
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.reason}`);
  await scheduler.reschedule(code);
}

/** A practice workshop with the clock started in the pairs step (8/2/8/2/5) at T0. */
async function pairsRunning(service: WorkshopService, scheduler: AutoAdvanceScheduler) {
  const { state } = await service.create('Practice 1:1', 'practice-1on1');
  const pairs = state.agenda[1];
  if (!pairs) throw new Error('the practice template has no second step');
  await execute(service, scheduler, state.code, { type: 'clock:goto', stepId: pairs.id });
  await execute(service, scheduler, state.code, { type: 'clock:start' });
  return { code: state.code, stepId: pairs.id, phaseIds: pairs.phases.map((p) => p.id) };
}

function autoMove(stepId: string, phaseId: string | undefined, boundary: number, at = boundary) {
  return {
    seq: expect.any(Number),
    at,
    event: { type: 'clock:moved', stepId, phaseId, running: true, startAt: boundary, auto: true },
  };
}

describe('the auto-advance scheduler', () => {
  it('advances each sub-phase at its boundary, broadcasts it, and sets the next timer', async () => {
    const { service, scheduler } = boot();
    const { code, stepId, phaseIds } = await pairsRunning(service, scheduler);

    await advance(8 * MINUTE_MS - 1);
    expect(broadcasts).toEqual([]);
    await advance(1);
    expect(broadcasts).toEqual([{ code, events: [autoMove(stepId, phaseIds[1], T0 + 8 * MINUTE_MS)] }]);

    await advance(12 * MINUTE_MS);
    expect(broadcasts.map((b) => b.events)).toEqual([
      [autoMove(stepId, phaseIds[1], T0 + 8 * MINUTE_MS)],
      [autoMove(stepId, phaseIds[2], T0 + 10 * MINUTE_MS)],
      [autoMove(stepId, phaseIds[3], T0 + 18 * MINUTE_MS)],
      [autoMove(stepId, phaseIds[4], T0 + 20 * MINUTE_MS)],
    ]);
    const seqs = broadcasts.flatMap((b) => b.events.map((e) => e.seq));
    expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] ?? 0) + i));
  });

  it('sets no timer past the last sub-phase of a step', async () => {
    const { service, scheduler } = boot();
    await pairsRunning(service, scheduler);
    await advance(20 * MINUTE_MS);
    expect(broadcasts).toHaveLength(4);
    expect(vi.getTimerCount()).toBe(0);
    await advance(60 * MINUTE_MS);
    expect(broadcasts).toHaveLength(4);
  });

  it('starts a sub-phase at its boundary even when the timer fires late', async () => {
    const { service, scheduler } = boot();
    const { stepId, phaseIds } = await pairsRunning(service, scheduler);
    // The event loop is busy: the date runs 250 ms ahead of the timers, so the timer fires late.
    vi.setSystemTime(Date.now() + 250);
    await advance(8 * MINUTE_MS);
    expect(broadcasts.map((b) => b.events)).toEqual([
      [autoMove(stepId, phaseIds[1], T0 + 8 * MINUTE_MS, T0 + 8 * MINUTE_MS + 250)],
    ]);
    // The next boundary is still counted from the first one, not from when the timer fired.
    await advance(2 * MINUTE_MS - 251);
    expect(broadcasts).toHaveLength(1);
    await advance(1);
    expect(broadcasts.at(-1)?.events).toEqual([autoMove(stepId, phaseIds[2], T0 + 10 * MINUTE_MS)]);
  });

  it('catches up on start-up, in one broadcast, with every boundary passed while the server was down', async () => {
    const first = boot();
    const { code, stepId, phaseIds } = await pairsRunning(first.service, first.scheduler);
    first.scheduler.stop();
    await openStores.pop()?.close();

    vi.setSystemTime(T0 + 18 * MINUTE_MS + 30_000);
    const second = boot();
    await second.scheduler.start();
    await advance(0);
    expect(broadcasts).toEqual([
      {
        code,
        events: [
          autoMove(stepId, phaseIds[1], T0 + 8 * MINUTE_MS, Date.now()),
          autoMove(stepId, phaseIds[2], T0 + 10 * MINUTE_MS, Date.now()),
          autoMove(stepId, phaseIds[3], T0 + 18 * MINUTE_MS, Date.now()),
        ],
      },
    ]);
    await advance(90_000 - 1);
    expect(broadcasts).toHaveLength(1);
    await advance(1);
    expect(broadcasts.at(-1)?.events).toEqual([autoMove(stepId, phaseIds[4], T0 + 20 * MINUTE_MS)]);
  });

  it('moves its timer when minutes are added', async () => {
    const { service, scheduler } = boot();
    const { code, stepId, phaseIds } = await pairsRunning(service, scheduler);
    await advance(MINUTE_MS);
    await execute(service, scheduler, code, { type: 'clock:adjust', minutes: 2 });
    await advance(9 * MINUTE_MS - 1);
    expect(broadcasts).toEqual([]);
    await advance(1);
    expect(broadcasts.map((b) => b.events)).toEqual([[autoMove(stepId, phaseIds[1], T0 + 10 * MINUTE_MS)]]);
  });

  it('drops its timer when the clock is paused, and sets it again on resume', async () => {
    const { service, scheduler } = boot();
    const { code, stepId, phaseIds } = await pairsRunning(service, scheduler);
    await advance(3 * MINUTE_MS);
    await execute(service, scheduler, code, { type: 'clock:pause' });
    expect(vi.getTimerCount()).toBe(0);
    await advance(60 * MINUTE_MS);
    expect(broadcasts).toEqual([]);

    await execute(service, scheduler, code, { type: 'clock:start' });
    await advance(5 * MINUTE_MS);
    expect(broadcasts.map((b) => b.events)).toEqual([[autoMove(stepId, phaseIds[1], T0 + 68 * MINUTE_MS)]]);
  });

  it('drops its timer when auto-advance is turned off', async () => {
    const { service, scheduler } = boot();
    const { code } = await pairsRunning(service, scheduler);
    await execute(service, scheduler, code, { type: 'settings:update', autoAdvance: false });
    expect(vi.getTimerCount()).toBe(0);
    await advance(60 * MINUTE_MS);
    expect(broadcasts).toEqual([]);
  });

  it('keeps one timer per workshop', async () => {
    const { service, scheduler } = boot();
    const a = await pairsRunning(service, scheduler);
    await advance(MINUTE_MS);
    const b = await pairsRunning(service, scheduler);
    await scheduler.reschedule(a.code);
    expect(vi.getTimerCount()).toBe(2);
    await advance(8 * MINUTE_MS);
    expect(broadcasts.map((x) => [x.code, x.events[0]?.at])).toEqual([
      [a.code, T0 + 8 * MINUTE_MS],
      [b.code, T0 + 9 * MINUTE_MS],
    ]);
  });

  it('stops every timer on stop', async () => {
    const { service, scheduler } = boot();
    await pairsRunning(service, scheduler);
    await pairsRunning(service, scheduler);
    scheduler.stop();
    expect(vi.getTimerCount()).toBe(0);
    await advance(60 * MINUTE_MS);
    expect(broadcasts).toEqual([]);
  });
});
