import { describe, expect, it } from 'vitest';
import type { Step } from '../agenda/agenda.js';
import { stepsFromTemplate } from '../agenda/templates.js';
import { locate } from '../clock/clock.js';
import { createWorkshopState, STATE_VERSION, workshopStateSchema, type WorkshopState } from '../core/state.js';
import { pairRole, roundAt } from '../pairs/pairs.js';
import { upgradeWorkshopState } from './upgrade-state.js';

function counterIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

/** The first release's "Try a 1:1": one 1:1 for 20 minutes, a reflection, a schedule; no activities. */
function firstReleaseTry(step: Step): Step {
  const ids = step.phases.map((phase) => phase.id);
  const phase = (i: number, title: string, minutes: number) => ({ id: ids[i]!, title, minutes, instructions: '' });
  return {
    ...step,
    minutes: 30,
    phases: [
      phase(0, 'Conduct a one-on-one', 20),
      phase(1, 'Reflect and tips', 7),
      phase(2, 'Schedule the next one', 3),
    ],
  };
}

/** A training-plan workshop as the first release stored it, read back through today's schema. */
function storedByFirstRelease(place: (agenda: Step[]) => Partial<WorkshopState['clock']> = () => ({})) {
  const fresh = createWorkshopState({
    code: 'ABC234',
    title: 'Tuesday',
    template: 'training-plan',
    createdAt: 1,
    agenda: stepsFromTemplate('training-plan', counterIds()).map((s) => (s.kind === 'try' ? firstReleaseTry(s) : s)),
  });
  const { version: _version, ...old } = { ...fresh, clock: { ...fresh.clock, ...place(fresh.agenda) } };
  return workshopStateSchema.parse(JSON.parse(JSON.stringify(old)));
}

const tryOf = (state: WorkshopState) => state.agenda.find((step) => step.kind === 'try')!;
const titles = (step: Step) => step.phases.map((phase) => `${phase.title} (${phase.minutes}, ${phase.activity})`);

describe('upgradeWorkshopState', () => {
  it('reads a state stored without a version as version 1, and stamps it current', () => {
    const old = storedByFirstRelease();
    expect(old.version).toBe(1);
    expect(upgradeWorkshopState(old).version).toBe(STATE_VERSION);
  });

  it('gives a first-release "Try a 1:1" the group has not reached its two rounds, so the roles switch', () => {
    const old = storedByFirstRelease();
    const upgraded = upgradeWorkshopState(old);
    const step = tryOf(upgraded);
    expect(titles(step)).toEqual([
      'Conduct a one-on-one (10, organize)',
      'Reflect and tips (4, feedback)',
      'Switch: conduct a one-on-one (10, organize)',
      'Reflect and tips (3, feedback)',
      'Schedule the next one (3, undefined)',
    ]);
    expect(step.minutes).toBe(30);
    expect(step.id).toBe(tryOf(old).id);
    // The old sub-phases keep their ids where they went, so anything pointing at them still finds them.
    const oldIds = tryOf(old).phases.map((p) => p.id);
    expect([step.phases[0]!.id, step.phases[1]!.id, step.phases[4]!.id]).toEqual(oldIds);
    expect(new Set(step.phases.map((p) => p.id)).size).toBe(5);
    expect(workshopStateSchema.safeParse(upgraded).success).toBe(true);
    // Ana conducts the first 1:1, Ben the second.
    const pair = { id: 'pair', memberIds: ['ana', 'ben'], withFacilitator: false, done: false };
    expect(pairRole(pair, 'ben', roundAt(step, 0))).toBe('organizee');
    expect(pairRole(pair, 'ben', roundAt(step, 2))).toBe('organizer');
  });

  it('upgrades the same way every time it loads', () => {
    const once = upgradeWorkshopState(storedByFirstRelease());
    expect(upgradeWorkshopState(storedByFirstRelease())).toEqual(once);
    expect(upgradeWorkshopState(once)).toBe(once);
  });

  it('upgrades the step the clock waits at before any time ran, and the clock still finds its place', () => {
    const old = storedByFirstRelease((agenda) => {
      const step = agenda.find((s) => s.kind === 'try')!;
      return { stepId: step.id, phaseId: step.phases[1]!.id, started: true, runningSince: null, elapsedMs: 0 };
    });
    const upgraded = upgradeWorkshopState(old);
    expect(tryOf(upgraded).phases).toHaveLength(5);
    expect(locate(upgraded.agenda, upgraded.clock).phase?.title).toBe('Reflect and tips');
  });

  it('leaves a "Try a 1:1" that is running, or paused after time ran, as it was', () => {
    for (const clock of [
      { runningSince: 1_000, elapsedMs: 0 },
      { runningSince: null, elapsedMs: 60_000 },
    ]) {
      const old = storedByFirstRelease((agenda) => {
        const step = agenda.find((s) => s.kind === 'try')!;
        return { stepId: step.id, phaseId: step.phases[0]!.id, started: true, ...clock };
      });
      const upgraded = upgradeWorkshopState(old);
      expect(upgraded.agenda).toEqual(old.agenda);
      expect(upgraded.clock).toEqual(old.clock);
      expect(upgraded.version).toBe(STATE_VERSION);
    }
  });

  it('leaves a finished "Try a 1:1" as it was run', () => {
    const old = storedByFirstRelease((agenda) => ({
      stepId: agenda.at(-1)!.id,
      phaseId: null,
      started: true,
      runningSince: 1_000,
    }));
    expect(upgradeWorkshopState(old).agenda).toEqual(old.agenda);
  });

  it('leaves a "Try a 1:1" the facilitator reshaped, and other templates, alone', () => {
    const reshaped = storedByFirstRelease();
    const mine = {
      ...reshaped,
      agenda: reshaped.agenda.map((s) =>
        s.kind === 'try' ? { ...s, phases: s.phases.map((p, i) => (i === 0 ? { ...p, title: 'Our own 1:1' } : p)) } : s,
      ),
    };
    expect(upgradeWorkshopState(mine).agenda).toEqual(mine.agenda);

    const practice = createWorkshopState({
      code: 'ABC234',
      title: 'Practice',
      template: 'practice-1on1',
      createdAt: 1,
      agenda: stepsFromTemplate('practice-1on1', counterIds()),
    });
    expect(upgradeWorkshopState({ ...practice, version: 1 })).toEqual(practice);
  });
});
