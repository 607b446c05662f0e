import { readClock, type CreateWorkshopResponse, type Step, type WorkshopState } from '@common-ground/shared';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, send, snapshotOf, unwrap } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** The training plan's "Try a 1:1" as the first release stored it: one 1:1, no switch of roles. */
function firstReleaseTry(step: Step): Step {
  const [first, second, third] = step.phases;
  if (!first || !second || !third) throw new Error('the try step has fewer than three sub-phases');
  const phase = (id: string, title: string, minutes: number) => ({ id, title, minutes, instructions: title });
  return {
    ...step,
    minutes: 30,
    phases: [
      phase(first.id, 'Conduct a one-on-one', 20),
      phase(second.id, 'Reflect and tips', 7),
      phase(third.id, 'Schedule the next one', 3),
    ],
  };
}

/**
 * Rewrites a stored workshop into the first release's shape, in the SQLite file itself: no
 * version, no "closed" evaluation flag, the old "Try a 1:1"; `clock` places the group.
 */
function storeAsFirstRelease(dbFile: string, code: string, clock: (state: WorkshopState) => WorkshopState['clock']) {
  const db = new Database(dbFile);
  const row = db.prepare('SELECT state FROM workshops WHERE code = ?').get(code) as { state: string };
  const state = JSON.parse(row.state) as WorkshopState;
  const { version: _version, ...old } = {
    ...state,
    agenda: state.agenda.map((step) => (step.kind === 'try' ? firstReleaseTry(step) : step)),
    evaluation: { open: false, showSummary: false },
  };
  db.prepare('UPDATE workshops SET state = ? WHERE code = ?').run(
    JSON.stringify({ ...old, clock: clock(state) }),
    code,
  );
  db.close();
}

const tryStepOf = (state: WorkshopState) => state.agenda.find((step) => step.kind === 'try')!;
const shape = (step: Step) => step.phases.map((p) => [p.title, p.minutes, p.activity ?? 'other']);

async function trainingPlanIn(dbFile: string): Promise<CreateWorkshopResponse> {
  const server = await harness.startServer(dbFile);
  const workshop = await createWorkshop(server, { title: 'Tuesday training', template: 'training-plan' });
  await server.close();
  return workshop;
}

describe('a training-plan workshop stored by the first release', () => {
  it('gains the two organizing rounds of "Try a 1:1" on load when the group has not reached it', async () => {
    const dbFile = harness.tempDbFile();
    const workshop = await trainingPlanIn(dbFile);
    const checkInSince = Date.now() - 60_000;
    storeAsFirstRelease(dbFile, workshop.code, (state) => ({
      ...state.clock,
      stepId: state.agenda[0]!.id,
      phaseId: null,
      started: true,
      runningSince: checkInSince,
    }));

    const server = await harness.startServer(dbFile);
    const { state } = await snapshotOf(harness, server, workshop);
    expect(state.version).toBe(2);
    expect(shape(tryStepOf(state))).toEqual([
      ['Conduct a one-on-one', 10, 'organize'],
      ['Reflect and tips', 4, 'feedback'],
      ['Switch: conduct a one-on-one', 10, 'organize'],
      ['Reflect and tips', 3, 'feedback'],
      ['Schedule the next one', 3, 'other'],
    ]);
    expect(tryStepOf(state).minutes).toBe(30);
    // The check-in runs on untouched.
    expect(state.clock).toMatchObject({ stepId: state.agenda[0]!.id, runningSince: checkInSince, started: true });

    // The group can now move into the new sub-phases, and what they do is stored in the new shape.
    const facilitator = await harness.connect(server);
    unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    const second = tryStepOf(state).phases[2]!;
    unwrap(await send(facilitator, 'clock:goto', { stepId: tryStepOf(state).id }));
    unwrap(await send(facilitator, 'clock:next', {}));
    unwrap(await send(facilitator, 'clock:next', {}));
    await server.close();

    const again = (await snapshotOf(harness, await harness.startServer(dbFile), workshop)).state;
    expect(again.agenda).toEqual(state.agenda);
    expect(again.clock.phaseId).toBe(second.id);
  });

  it('leaves a "Try a 1:1" that is running as it is, with its clock reading the same', async () => {
    const dbFile = harness.tempDbFile();
    const workshop = await trainingPlanIn(dbFile);
    const since = Date.now() - 5 * 60_000;
    storeAsFirstRelease(dbFile, workshop.code, (state) => ({
      ...state.clock,
      stepId: tryStepOf(state).id,
      phaseId: tryStepOf(state).phases[0]!.id,
      started: true,
      runningSince: since,
      elapsedMs: 0,
    }));

    const server = await harness.startServer(dbFile);
    const { state } = await snapshotOf(harness, server, workshop);
    expect(state.version).toBe(2);
    expect(shape(tryStepOf(state))).toEqual([
      ['Conduct a one-on-one', 20, 'other'],
      ['Reflect and tips', 7, 'other'],
      ['Schedule the next one', 3, 'other'],
    ]);
    const reading = readClock(state.agenda, state.clock, since + 5 * 60_000);
    expect(reading.phase?.title).toBe('Conduct a one-on-one');
    expect(reading.remainingMs).toBe(15 * 60_000);
  });
});
