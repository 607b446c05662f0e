import { z } from 'zod/mini';
import { stepMinutes, type Phase, type Step } from '../agenda/agenda.js';
import { idSchema, timestampSchema } from '../core/state-parts.js';

/**
 * The facilitator's clock, as a few timestamps and durations (server milliseconds). Nobody counts
 * down: every screen computes the remaining time from this and its estimate of the server's now.
 */
export const clockSchema = z.object({
  /** The current step and sub-phase; null when the agenda is empty. */
  stepId: z.nullable(idSchema),
  phaseId: z.nullable(idSchema),
  /** When the current segment last started running; null while paused or not started. */
  runningSince: z.nullable(timestampSchema),
  /** Time run in this segment before `runningSince`. */
  elapsedMs: z.number(),
  /** Minutes added (positive) or removed (negative) for this segment only. */
  extraMs: z.number(),
  /** Whether the session has begun; before that, screens show the lobby. */
  started: z.boolean(),
});
export type Clock = z.infer<typeof clockSchema>;

export const IDLE_CLOCK: Clock = {
  stepId: null,
  phaseId: null,
  runningSince: null,
  elapsedMs: 0,
  extraMs: 0,
  started: false,
};

export const MINUTE_MS = 60_000;

/** A place on the agenda: a step, and its sub-phase when it has them. */
export interface Segment {
  stepId: string;
  phaseId: string | null;
}

export interface ClockReading {
  step: Step | null;
  phase: Phase | null;
  stepIndex: number;
  phaseIndex: number;
  running: boolean;
  /** Length of the current segment including added or removed time. */
  durationMs: number;
  elapsedMs: number;
  /** Negative past zero: that much overtime. */
  remainingMs: number;
  overtime: boolean;
}

/** The first segment of a step: its first sub-phase, or the step itself. */
export function firstSegmentOf(step: Step): Segment {
  return { stepId: step.id, phaseId: step.phases[0]?.id ?? null };
}

function lastSegmentOf(step: Step): Segment {
  return { stepId: step.id, phaseId: step.phases[step.phases.length - 1]?.id ?? null };
}

/** Where the clock points, by index; -1 when it points at nothing that exists. */
export function locate(steps: readonly Step[], clock: Pick<Clock, 'stepId' | 'phaseId'>) {
  const stepIndex = steps.findIndex((s) => s.id === clock.stepId);
  const step = steps[stepIndex] ?? null;
  const phaseIndex = step ? step.phases.findIndex((p) => p.id === clock.phaseId) : -1;
  return { step, stepIndex, phase: step?.phases[phaseIndex] ?? null, phaseIndex };
}

/** The segment after the current one: the next sub-phase, else the next step. Null at the end. */
export function segmentAfter(steps: readonly Step[], at: Segment): Segment | null {
  const { step, stepIndex, phaseIndex } = locate(steps, at);
  if (!step) return steps[0] ? firstSegmentOf(steps[0]) : null;
  const nextPhase = step.phases[phaseIndex + 1];
  if (phaseIndex >= 0 && nextPhase) return { stepId: step.id, phaseId: nextPhase.id };
  const nextStep = steps[stepIndex + 1];
  return nextStep ? firstSegmentOf(nextStep) : null;
}

/** The segment before the current one: the previous sub-phase, else the last of the previous step. */
export function segmentBefore(steps: readonly Step[], at: Segment): Segment | null {
  const { step, stepIndex, phaseIndex } = locate(steps, at);
  if (!step) return null;
  const previousPhase = phaseIndex > 0 ? step.phases[phaseIndex - 1] : undefined;
  if (previousPhase) return { stepId: step.id, phaseId: previousPhase.id };
  const previousStep = steps[stepIndex - 1];
  return previousStep ? lastSegmentOf(previousStep) : null;
}

/** Reads the clock at server time `now`. Pure: the same answer on the server and on every screen. */
export function readClock(steps: readonly Step[], clock: Clock, now: number): ClockReading {
  const { step, stepIndex, phase, phaseIndex } = locate(steps, clock);
  const baseMinutes = phase ? phase.minutes : step ? stepMinutes(step) : 0;
  const durationMs = Math.max(0, baseMinutes * MINUTE_MS + clock.extraMs);
  const running = clock.runningSince !== null;
  const elapsedMs = clock.elapsedMs + (clock.runningSince !== null ? Math.max(0, now - clock.runningSince) : 0);
  const remainingMs = durationMs - elapsedMs;
  return { step, phase, stepIndex, phaseIndex, running, durationMs, elapsedMs, remainingMs, overtime: remainingMs < 0 };
}

/**
 * The whole seconds a clock shows for `remainingMs`: rounded up while time is left, so it reads
 * 0:00 only when time is up; past it, negative, the whole seconds of overtime. Every timer on
 * every screen (the step's, a speaking pair's) counts the same way.
 */
export function secondsShown(remainingMs: number): number {
  return remainingMs >= 0 ? Math.ceil(remainingMs / 1000) : -Math.floor(-remainingMs / 1000);
}

/**
 * When the current sub-phase ends and the next one begins on its own, in server time; null if
 * nothing will advance by itself (paused, auto-advance off, or the last sub-phase of its step).
 */
export function nextAutoAdvance(
  steps: readonly Step[],
  clock: Clock,
  autoAdvance: boolean,
): { at: number; to: Segment } | null {
  if (!autoAdvance || clock.runningSince === null) return null;
  const { step, phaseIndex } = locate(steps, clock);
  const next = step && phaseIndex >= 0 ? step.phases[phaseIndex + 1] : undefined;
  if (!step || !next) return null;
  const reading = readClock(steps, clock, clock.runningSince);
  return { at: clock.runningSince + reading.durationMs - clock.elapsedMs, to: { stepId: step.id, phaseId: next.id } };
}

/** How far into the whole agenda the group is, from 0 to 1, for the projector's progress bar. */
export function agendaProgress(steps: readonly Step[], clock: Clock, now: number): number {
  const total = steps.reduce((sum, s) => sum + stepMinutes(s), 0) * MINUTE_MS;
  if (total === 0 || !clock.started) return 0;
  const { step, stepIndex, phaseIndex } = locate(steps, clock);
  if (!step) return 0;
  const before = steps.slice(0, stepIndex).reduce((sum, s) => sum + stepMinutes(s), 0) * MINUTE_MS;
  const phasesBefore = step.phases.slice(0, Math.max(0, phaseIndex)).reduce((sum, p) => sum + p.minutes, 0);
  const reading = readClock(steps, clock, now);
  const inSegment = Math.min(reading.elapsedMs, reading.durationMs);
  return Math.min(1, (before + phasesBefore * MINUTE_MS + inSegment) / total);
}

/**
 * The clock as it stands at `now`, with every automatic sub-phase advance already due applied.
 * Screens use it so that all of them switch at the boundary itself, not when the server's
 * message arrives; the server's own `clock:moved` then only confirms it.
 */
export function projectClock(steps: readonly Step[], clock: Clock, autoAdvance: boolean, now: number): Clock {
  let projected = clock;
  for (let due = nextAutoAdvance(steps, projected, autoAdvance); due && due.at <= now;) {
    projected = { ...projected, ...due.to, runningSince: due.at, elapsedMs: 0, extraMs: 0 };
    due = nextAutoAdvance(steps, projected, autoAdvance);
  }
  return projected;
}
