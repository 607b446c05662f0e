import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../core/actor.js';
import {
  agendaProgress,
  MINUTE_MS,
  nextAutoAdvance,
  projectClock,
  readClock,
  secondsShown,
  type Clock,
} from './clock.js';
import type { Command } from '../core/commands.js';
import { decide } from '../core/decide.js';
import type { DomainEvent } from '../core/events.js';
import { applyEvents } from '../core/reduce.js';
import { createWorkshopState, type Participant, type WorkshopState } from '../core/state.js';
import { stepsFromTemplate } from '../agenda/templates.js';

const facilitator: Actor = { kind: 'facilitator' };
const T0 = Date.UTC(2025, 2, 14, 18, 0, 0);
const SECOND = 1_000;

function counterIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

function participant(id: string, role: Participant['role']): Participant {
  return { id, name: id, role, joinedAt: T0 };
}

/**
 * The 50-minute practice agenda: roles (5), pairs (8/2/8/2/5), report-back (15), learnings (5),
 * with Tia as timekeeper, Noor as note-taker and Ana as a plain participant.
 */
function practice(): WorkshopState {
  return {
    ...createWorkshopState({
      code: 'ABC234',
      title: 'Practice 1:1',
      template: 'practice-1on1',
      createdAt: T0 - MINUTE_MS,
      agenda: stepsFromTemplate('practice-1on1', counterIds()),
    }),
    participants: {
      'p-tia': participant('p-tia', 'timekeeper'),
      'p-noor': participant('p-noor', 'notetaker'),
      'p-ana': participant('p-ana', 'participant'),
    },
  };
}

function stepAt(state: WorkshopState, index: number) {
  const step = state.agenda[index];
  if (!step) throw new Error(`no step at index ${index}`);
  return step;
}

function phaseIdsOf(state: WorkshopState, index: number): string[] {
  return stepAt(state, index).phases.map((p) => p.id);
}

/** The events `decide` gives for a command, or a failed test with the refusal's reason. */
function decided(state: WorkshopState, command: Command, actor: Actor = facilitator): DomainEvent[] {
  const result = decide(state, actor, command, { newId: counterIds() });
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.reason}`);
  return result.data;
}

/** Runs a command as the server would: decide, then apply its events stamped with time `at`. */
function perform(state: WorkshopState, command: Command, at: number, actor: Actor = facilitator): WorkshopState {
  const events = decided(state, command, actor).map((event, i) => ({ seq: state.seq + i + 1, at, event }));
  return applyEvents(state, events);
}

/** The practice workshop with the clock in the pairs step's first sub-phase, running since `at`. */
function pairsRunningSince(at: number, overrides: Partial<WorkshopState> = {}): WorkshopState {
  const state = { ...practice(), ...overrides };
  const inPairs = perform(state, { type: 'clock:goto', stepId: stepAt(state, 1).id }, at);
  return perform(inPairs, { type: 'clock:start' }, at);
}

/** What every screen shows: the clock with due sub-phase advances applied, read at `now`. */
function shown(state: WorkshopState, now: number) {
  return readClock(state.agenda, projectClock(state.agenda, state.clock, state.settings.autoAdvance, now), now);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('secondsShown', () => {
  it('rounds the time left up, so the clock shows 0:00 only when time is up', () => {
    expect([90_000, 89_001, 1, 0].map(secondsShown)).toEqual([90, 90, 1, 0]);
  });

  it('counts whole seconds of overtime, negative', () => {
    expect([-1000, -1999, -61_500].map(secondsShown)).toEqual([-1, -1, -61]);
  });
});

describe('reading the clock', () => {
  it('shows the full first step, not running, before the session starts', () => {
    const state = practice();
    const reading = readClock(state.agenda, state.clock, T0);
    expect(state.clock).toMatchObject({ stepId: stepAt(state, 0).id, phaseId: null, started: false });
    expect(reading).toMatchObject({
      stepIndex: 0,
      phaseIndex: -1,
      phase: null,
      running: false,
      durationMs: 5 * MINUTE_MS,
      elapsedMs: 0,
      remainingMs: 5 * MINUTE_MS,
      overtime: false,
    });
    expect(reading.step?.title).toBe('Roles and agenda');
  });

  it('counts the remaining time down from the start', () => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    const state = perform(practice(), { type: 'clock:start' }, Date.now());
    expect(state.clock).toMatchObject({ runningSince: T0, elapsedMs: 0, started: true });

    vi.advanceTimersByTime(MINUTE_MS);
    expect(readClock(state.agenda, state.clock, Date.now())).toMatchObject({
      running: true,
      elapsedMs: MINUTE_MS,
      remainingMs: 4 * MINUTE_MS,
    });
    vi.advanceTimersByTime(90 * SECOND);
    expect(readClock(state.agenda, state.clock, Date.now()).remainingMs).toBe(2.5 * MINUTE_MS);
  });

  it('never shows more than the full time to a screen whose estimate is a little behind the start', () => {
    const state = perform(practice(), { type: 'clock:start' }, T0);
    expect(readClock(state.agenda, state.clock, T0 - 40).remainingMs).toBe(5 * MINUTE_MS);
  });

  it('freezes the remaining time while paused', () => {
    const started = perform(practice(), { type: 'clock:start' }, T0);
    const paused = perform(started, { type: 'clock:pause' }, T0 + 90 * SECOND);
    expect(paused.clock).toMatchObject({ runningSince: null, elapsedMs: 90 * SECOND, started: true });
    for (const later of [T0 + 90 * SECOND, T0 + 10 * MINUTE_MS, T0 + 3 * 60 * MINUTE_MS]) {
      expect(readClock(paused.agenda, paused.clock, later)).toMatchObject({
        running: false,
        remainingMs: 3.5 * MINUTE_MS,
        overtime: false,
      });
    }
  });

  it('continues from where it was paused when started again', () => {
    const started = perform(practice(), { type: 'clock:start' }, T0);
    const paused = perform(started, { type: 'clock:pause' }, T0 + 90 * SECOND);
    const resumed = perform(paused, { type: 'clock:start' }, T0 + 5 * MINUTE_MS);
    expect(resumed.clock).toMatchObject({ runningSince: T0 + 5 * MINUTE_MS, elapsedMs: 90 * SECOND });
    expect(readClock(resumed.agenda, resumed.clock, T0 + 6 * MINUTE_MS).remainingMs).toBe(2.5 * MINUTE_MS);
  });

  it('adds a minute to the current segment', () => {
    const started = perform(practice(), { type: 'clock:start' }, T0);
    const added = perform(started, { type: 'clock:adjust', minutes: 1 }, T0 + MINUTE_MS);
    expect(readClock(added.agenda, added.clock, T0 + 2 * MINUTE_MS)).toMatchObject({
      durationMs: 6 * MINUTE_MS,
      remainingMs: 4 * MINUTE_MS,
    });
  });

  it('removes a minute from the current segment', () => {
    const started = perform(practice(), { type: 'clock:start' }, T0);
    const removed = perform(started, { type: 'clock:adjust', minutes: -1 }, T0 + MINUTE_MS);
    expect(readClock(removed.agenda, removed.clock, T0 + 2 * MINUTE_MS)).toMatchObject({
      durationMs: 4 * MINUTE_MS,
      remainingMs: 2 * MINUTE_MS,
    });
  });

  it('adds up several adjustments, also while paused', () => {
    const paused = practice();
    const once = perform(paused, { type: 'clock:adjust', minutes: 3 }, T0);
    const twice = perform(once, { type: 'clock:adjust', minutes: -1 }, T0);
    expect(twice.clock.extraMs).toBe(2 * MINUTE_MS);
    expect(readClock(twice.agenda, twice.clock, T0 + MINUTE_MS).remainingMs).toBe(7 * MINUTE_MS);
  });

  it('never makes a segment shorter than nothing', () => {
    const state = perform(practice(), { type: 'clock:adjust', minutes: -10 }, T0);
    expect(readClock(state.agenda, state.clock, T0)).toMatchObject({ durationMs: 0, remainingMs: 0, overtime: false });
  });

  it('is not in overtime at exactly zero', () => {
    const state = perform(practice(), { type: 'clock:start' }, T0);
    expect(readClock(state.agenda, state.clock, T0 + 5 * MINUTE_MS)).toMatchObject({ remainingMs: 0, overtime: false });
  });

  it('goes into overtime past zero and keeps counting', () => {
    const state = perform(practice(), { type: 'clock:start' }, T0);
    expect(readClock(state.agenda, state.clock, T0 + 5 * MINUTE_MS + 1)).toMatchObject({
      remainingMs: -1,
      overtime: true,
      running: true,
    });
    expect(readClock(state.agenda, state.clock, T0 + 6.5 * MINUTE_MS).remainingMs).toBe(-1.5 * MINUTE_MS);
    expect(readClock(state.agenda, state.clock, T0 + 7 * MINUTE_MS).remainingMs).toBe(-2 * MINUTE_MS);
  });

  it('stays in overtime, with the overtime frozen, when paused past zero', () => {
    const started = perform(practice(), { type: 'clock:start' }, T0);
    const paused = perform(started, { type: 'clock:pause' }, T0 + 6 * MINUTE_MS);
    expect(readClock(paused.agenda, paused.clock, T0 + 20 * MINUTE_MS)).toMatchObject({
      remainingMs: -MINUTE_MS,
      overtime: true,
      running: false,
    });
  });

  it('takes a segment back out of overtime when minutes are added', () => {
    const started = perform(practice(), { type: 'clock:start' }, T0);
    const added = perform(started, { type: 'clock:adjust', minutes: 2 }, T0 + 6 * MINUTE_MS);
    expect(readClock(added.agenda, added.clock, T0 + 6 * MINUTE_MS)).toMatchObject({
      remainingMs: MINUTE_MS,
      overtime: false,
    });
  });
});

describe('clock commands', () => {
  it('refuses to start a clock that is already running', () => {
    const started = perform(practice(), { type: 'clock:start' }, T0);
    expect(decide(started, facilitator, { type: 'clock:start' }, { newId: counterIds() })).toEqual({
      ok: false,
      error: { code: 'invalid_input', reason: 'clock.running' },
    });
  });

  it('refuses to pause a clock that is not running', () => {
    expect(decide(practice(), facilitator, { type: 'clock:pause' }, { newId: counterIds() })).toEqual({
      ok: false,
      error: { code: 'invalid_input', reason: 'clock.notRunning' },
    });
  });

  it('refuses to start or adjust the clock of an empty agenda', () => {
    const empty = createWorkshopState({ code: 'ABC234', title: 'Custom', template: 'custom', createdAt: T0 });
    for (const command of [{ type: 'clock:start' }, { type: 'clock:adjust', minutes: 1 }] as const) {
      expect(decide(empty, facilitator, command, { newId: counterIds() })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
  });

  it('lets the timekeeper run the clock', () => {
    const tia: Actor = { kind: 'participant', participantId: 'p-tia' };
    const started = perform(practice(), { type: 'clock:start' }, T0, tia);
    const paused = perform(started, { type: 'clock:pause' }, T0 + MINUTE_MS, tia);
    const adjusted = perform(paused, { type: 'clock:adjust', minutes: 1 }, T0 + MINUTE_MS, tia);
    const moved = perform(adjusted, { type: 'clock:next' }, T0 + MINUTE_MS, tia);
    expect(moved.clock.stepId).toBe(stepAt(moved, 1).id);
  });

  it.each<[string, Actor]>([
    ['a participant', { kind: 'participant', participantId: 'p-ana' }],
    ['the note-taker', { kind: 'participant', participantId: 'p-noor' }],
    ['the projector', { kind: 'projector' }],
    ['someone not in the workshop', { kind: 'participant', participantId: 'p-gone' }],
  ])('refuses every clock command from %s', (_who, actor) => {
    const state = practice();
    const commands: Command[] = [
      { type: 'clock:start' },
      { type: 'clock:pause' },
      { type: 'clock:adjust', minutes: 1 },
      { type: 'clock:next' },
      { type: 'clock:previous' },
      { type: 'clock:goto', stepId: stepAt(state, 2).id },
    ];
    for (const command of commands) {
      expect(decide(state, actor, command, { newId: counterIds() })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });
});

describe('moving through the agenda', () => {
  it('moves to the next step, from zero, still running and without the added minutes', () => {
    const started = perform(practice(), { type: 'clock:start' }, T0);
    const added = perform(started, { type: 'clock:adjust', minutes: 2 }, T0 + MINUTE_MS);
    const next = perform(added, { type: 'clock:next' }, T0 + 3 * MINUTE_MS);
    expect(next.clock).toEqual({
      stepId: stepAt(next, 1).id,
      phaseId: phaseIdsOf(next, 1)[0],
      runningSince: T0 + 3 * MINUTE_MS,
      elapsedMs: 0,
      extraMs: 0,
      started: true,
    });
    expect(readClock(next.agenda, next.clock, T0 + 4 * MINUTE_MS)).toMatchObject({
      stepIndex: 1,
      phaseIndex: 0,
      durationMs: 8 * MINUTE_MS,
      remainingMs: 7 * MINUTE_MS,
    });
  });

  it('stays paused when moved while paused', () => {
    const next = perform(practice(), { type: 'clock:next' }, T0);
    expect(next.clock).toMatchObject({ stepId: stepAt(next, 1).id, runningSince: null, started: false });
  });

  it('goes through every sub-phase of a step, then to the next step', () => {
    let state = pairsRunningSince(T0);
    const pairs = phaseIdsOf(state, 1);
    const visited = [state.clock.phaseId];
    for (let i = 1; i < pairs.length; i += 1) {
      state = perform(state, { type: 'clock:next' }, T0 + i * SECOND);
      visited.push(state.clock.phaseId);
      expect(state.clock.stepId).toBe(stepAt(state, 1).id);
    }
    expect(visited).toEqual(pairs);
    state = perform(state, { type: 'clock:next' }, T0 + MINUTE_MS);
    expect(state.clock).toMatchObject({ stepId: stepAt(state, 2).id, phaseId: null, runningSince: T0 + MINUTE_MS });
  });

  it('goes back a sub-phase, and from a step to the last sub-phase of the step before', () => {
    const report = perform(practice(), { type: 'clock:goto', stepId: stepAt(practice(), 2).id }, T0);
    const back = perform(report, { type: 'clock:previous' }, T0);
    const pairs = phaseIdsOf(back, 1);
    expect(back.clock).toMatchObject({ stepId: stepAt(back, 1).id, phaseId: pairs[4] });
    const backAgain = perform(back, { type: 'clock:previous' }, T0);
    expect(backAgain.clock).toMatchObject({ stepId: stepAt(back, 1).id, phaseId: pairs[3] });
  });

  it('goes back from a step’s first sub-phase to the step before', () => {
    const state = pairsRunningSince(T0);
    const back = perform(state, { type: 'clock:previous' }, T0 + MINUTE_MS);
    expect(back.clock).toMatchObject({ stepId: stepAt(back, 0).id, phaseId: null, runningSince: T0 + MINUTE_MS });
  });

  it('refuses to go past the last step', () => {
    const state = practice();
    const last = perform(state, { type: 'clock:goto', stepId: stepAt(state, 3).id }, T0);
    expect(decide(last, facilitator, { type: 'clock:next' }, { newId: counterIds() })).toEqual({
      ok: false,
      error: { code: 'invalid_input', reason: 'clock.lastStep' },
    });
  });

  it('refuses to go back before the first step', () => {
    expect(decide(practice(), facilitator, { type: 'clock:previous' }, { newId: counterIds() })).toEqual({
      ok: false,
      error: { code: 'invalid_input', reason: 'clock.firstStep' },
    });
  });

  it('goes to the first sub-phase of a chosen step, running if it was', () => {
    const started = perform(practice(), { type: 'clock:start' }, T0);
    const there = perform(started, { type: 'clock:goto', stepId: stepAt(started, 1).id }, T0 + MINUTE_MS);
    expect(there.clock).toMatchObject({
      stepId: stepAt(there, 1).id,
      phaseId: phaseIdsOf(there, 1)[0],
      runningSince: T0 + MINUTE_MS,
      elapsedMs: 0,
    });
    const back = perform(there, { type: 'clock:goto', stepId: stepAt(there, 0).id }, T0 + 2 * MINUTE_MS);
    expect(back.clock).toMatchObject({ stepId: stepAt(back, 0).id, phaseId: null, runningSince: T0 + 2 * MINUTE_MS });
  });

  it('refuses to go to a step that is not on the agenda', () => {
    expect(
      decide(practice(), facilitator, { type: 'clock:goto', stepId: 'gone' }, { newId: counterIds() }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('sub-phases advance on their own', () => {
  it('names the end of the current sub-phase and the one that follows', () => {
    const state = pairsRunningSince(T0);
    expect(nextAutoAdvance(state.agenda, state.clock, true)).toEqual({
      at: T0 + 8 * MINUTE_MS,
      to: { stepId: stepAt(state, 1).id, phaseId: phaseIdsOf(state, 1)[1] },
    });
  });

  it('switches every screen exactly at each boundary of 8, 2, 8, 2 and 5 minutes', () => {
    const state = pairsRunningSince(T0);
    const phases = phaseIdsOf(state, 1);
    const boundaries = [8, 10, 18, 20].map((m) => T0 + m * MINUTE_MS);
    const lengths = [8, 2, 8, 2, 5].map((m) => m * MINUTE_MS);

    boundaries.forEach((boundary, i) => {
      const before = shown(state, boundary - 1);
      expect(before.phase?.id).toBe(phases[i]);
      expect(before.remainingMs).toBe(1);

      const at = shown(state, boundary);
      expect(at.phase?.id).toBe(phases[i + 1]);
      expect(at).toMatchObject({ durationMs: lengths[i + 1], elapsedMs: 0, remainingMs: lengths[i + 1] });
      expect(projectClock(state.agenda, state.clock, true, boundary)).toMatchObject({
        phaseId: phases[i + 1],
        runningSince: boundary,
        elapsedMs: 0,
        extraMs: 0,
      });
    });
  });

  it('does not go past the last sub-phase of a step but runs into overtime', () => {
    const state = pairsRunningSince(T0);
    const lastPhase = phaseIdsOf(state, 1)[4];
    expect(shown(state, T0 + 25 * MINUTE_MS)).toMatchObject({ remainingMs: 0, overtime: false });
    const late = shown(state, T0 + 27 * MINUTE_MS);
    expect(late.step?.id).toBe(stepAt(state, 1).id);
    expect(late.phase?.id).toBe(lastPhase);
    expect(late).toMatchObject({ remainingMs: -2 * MINUTE_MS, overtime: true });
    const projected = projectClock(state.agenda, state.clock, true, T0 + 27 * MINUTE_MS);
    expect(nextAutoAdvance(state.agenda, projected, true)).toBeNull();
  });

  it('leaves the clock untouched until a boundary is due', () => {
    const state = pairsRunningSince(T0);
    expect(projectClock(state.agenda, state.clock, true, T0 + 8 * MINUTE_MS - 1)).toBe(state.clock);
  });

  it('shows the same as a server that applies each advance late, from its boundary', () => {
    let server = pairsRunningSince(T0);
    const screen = pairsRunningSince(T0);
    const applied: number[] = [];
    for (const minute of [7, 9, 12.5, 19, 24, 30]) {
      const now = T0 + minute * MINUTE_MS;
      // The server's timer fires a little late each time; the sub-phase still starts at the boundary.
      for (let due = nextAutoAdvance(server.agenda, server.clock, true); due && due.at <= now;) {
        const event: DomainEvent = { type: 'clock:moved', ...due.to, running: true, startAt: due.at, auto: true };
        server = applyEvents(server, [{ seq: server.seq + 1, at: Math.min(now, due.at + 37), event }]);
        applied.push(due.at);
        due = nextAutoAdvance(server.agenda, server.clock, true);
      }
      expect(readClock(server.agenda, server.clock, now)).toEqual(shown(screen, now));
    }
    expect(applied).toEqual([8, 10, 18, 20].map((m) => T0 + m * MINUTE_MS));
  });

  it('moves the boundaries by the time spent paused', () => {
    const started = pairsRunningSince(T0);
    const paused = perform(started, { type: 'clock:pause' }, T0 + 3 * MINUTE_MS);
    expect(nextAutoAdvance(paused.agenda, paused.clock, true)).toBeNull();
    expect(projectClock(paused.agenda, paused.clock, true, T0 + 30 * MINUTE_MS)).toBe(paused.clock);

    const resumed = perform(paused, { type: 'clock:start' }, T0 + 4 * MINUTE_MS);
    expect(nextAutoAdvance(resumed.agenda, resumed.clock, true)?.at).toBe(T0 + 9 * MINUTE_MS);
    expect(shown(resumed, T0 + 9 * MINUTE_MS - 1).phase?.id).toBe(phaseIdsOf(resumed, 1)[0]);
    expect(shown(resumed, T0 + 9 * MINUTE_MS).phase?.id).toBe(phaseIdsOf(resumed, 1)[1]);
  });

  it('moves the boundary by the minutes added or removed', () => {
    const started = pairsRunningSince(T0);
    const added = perform(started, { type: 'clock:adjust', minutes: 2 }, T0 + MINUTE_MS);
    expect(nextAutoAdvance(added.agenda, added.clock, true)?.at).toBe(T0 + 10 * MINUTE_MS);
    const removed = perform(started, { type: 'clock:adjust', minutes: -3 }, T0 + MINUTE_MS);
    expect(nextAutoAdvance(removed.agenda, removed.clock, true)?.at).toBe(T0 + 5 * MINUTE_MS);
    // The added time belongs to that sub-phase only: the next one has its own length.
    expect(shown(added, T0 + 10 * MINUTE_MS)).toMatchObject({ durationMs: 2 * MINUTE_MS, remainingMs: 2 * MINUTE_MS });
  });

  it('does not advance with auto-advance turned off, and runs into overtime instead', () => {
    const state = pairsRunningSince(T0);
    const off = perform(state, { type: 'settings:update', autoAdvance: false }, T0 + MINUTE_MS);
    expect(off.settings.autoAdvance).toBe(false);
    expect(nextAutoAdvance(off.agenda, off.clock, off.settings.autoAdvance)).toBeNull();
    const late = shown(off, T0 + 12 * MINUTE_MS);
    expect(late.phase?.id).toBe(phaseIdsOf(off, 1)[0]);
    expect(late).toMatchObject({ remainingMs: -4 * MINUTE_MS, overtime: true });
  });

  it('does not advance a step without sub-phases', () => {
    const state = perform(practice(), { type: 'clock:start' }, T0);
    expect(nextAutoAdvance(state.agenda, state.clock, true)).toBeNull();
    expect(shown(state, T0 + 6 * MINUTE_MS)).toMatchObject({ stepIndex: 0, overtime: true });
  });

  it('does not advance a clock that was never started', () => {
    const state = perform(practice(), { type: 'clock:goto', stepId: stepAt(practice(), 1).id }, T0);
    expect(nextAutoAdvance(state.agenda, state.clock, true)).toBeNull();
    expect(shown(state, T0 + 60 * MINUTE_MS)).toMatchObject({ phaseIndex: 0, remainingMs: 8 * MINUTE_MS });
  });
});

describe('agendaProgress', () => {
  const clockAt = (state: WorkshopState, overrides: Partial<Clock>): Clock => ({ ...state.clock, ...overrides });

  it('is zero before the session starts and for an empty agenda', () => {
    const state = practice();
    expect(agendaProgress(state.agenda, state.clock, T0)).toBe(0);
    expect(agendaProgress([], { ...state.clock, started: true }, T0)).toBe(0);
  });

  it('counts the time spent in the current segment against the whole 50 minutes', () => {
    const state = perform(practice(), { type: 'clock:start' }, T0);
    expect(agendaProgress(state.agenda, state.clock, T0 + 2.5 * MINUTE_MS)).toBeCloseTo(0.05, 10);
  });

  it('counts the steps and sub-phases before the current one in full', () => {
    const state = pairsRunningSince(T0);
    const third = clockAt(state, { phaseId: phaseIdsOf(state, 1)[2] ?? null });
    // 5 (roles) + 8 + 2 (first two sub-phases) + 1 (into the third) = 16 of 50.
    expect(agendaProgress(state.agenda, third, T0 + MINUTE_MS)).toBeCloseTo(16 / 50, 10);
  });

  it('does not count overtime', () => {
    const state = perform(practice(), { type: 'clock:start' }, T0);
    expect(agendaProgress(state.agenda, state.clock, T0 + 9 * MINUTE_MS)).toBeCloseTo(0.1, 10);
  });

  it('reaches exactly one at the end of the last step and stays there', () => {
    const state = practice();
    const last = perform(state, { type: 'clock:goto', stepId: stepAt(state, 3).id }, T0);
    const running = perform(last, { type: 'clock:start' }, T0);
    expect(agendaProgress(running.agenda, running.clock, T0 + 5 * MINUTE_MS)).toBe(1);
    expect(agendaProgress(running.agenda, running.clock, T0 + 50 * MINUTE_MS)).toBe(1);
  });
});
