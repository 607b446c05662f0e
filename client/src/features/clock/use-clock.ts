import { projectClock, readClock, secondsShown, type Clock, type Step } from '@common-ground/shared';
import { useMemo } from 'react';
import { useStore } from '../../app/store';
import { useServerTimeFrames, type FrameReading } from './use-server-time-frames';

/** What a screen shows of the clock; changes at most once a second, or when the segment does. */
export interface ClockView {
  stepIndex: number;
  phaseIndex: number;
  step: Step | null;
  stepId: string | null;
  phaseId: string | null;
  running: boolean;
  started: boolean;
  /** Whole seconds left, rounded up; negative in overtime. */
  remainingSeconds: number;
  durationMs: number;
  overtime: boolean;
  /** False until this screen has measured the server's clock; a running time is not shown before. */
  synced: boolean;
}

function view(agenda: Step[], clock: Clock, autoAdvance: boolean, now: number, synced: boolean): ClockView {
  const projected = projectClock(agenda, clock, autoAdvance, now);
  const reading = readClock(agenda, projected, now);
  return {
    stepIndex: reading.stepIndex,
    phaseIndex: reading.phaseIndex,
    step: reading.step,
    stepId: projected.stepId,
    phaseId: projected.phaseId,
    running: reading.running,
    started: projected.started,
    remainingSeconds: secondsShown(reading.remainingMs),
    durationMs: reading.durationMs,
    overtime: reading.overtime,
    synced,
  };
}

/**
 * The clock as this screen shows it, computed every animation frame from the server's
 * timestamps and this screen's estimate of the server's time: never a countdown of its own.
 */
export function useClock(): ClockView | null {
  const agenda = useStore((s) => s.workshop?.agenda);
  const clock = useStore((s) => s.workshop?.clock);
  const autoAdvance = useStore((s) => s.workshop?.settings.autoAdvance ?? true);
  const read = useMemo(
    () =>
      agenda && clock
        ? (now: number, synced: boolean): FrameReading<ClockView> => ({
            value: view(agenda, clock, autoAdvance, now, synced),
            moving: true,
          })
        : null,
    [agenda, clock, autoAdvance],
  );
  return useServerTimeFrames(read);
}

/** mm:ss, with a leading + in overtime. */
export function formatClock(seconds: number): string {
  const abs = Math.abs(seconds);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
  return seconds < 0 ? `+${text}` : text;
}

/** What a timer shows: mm:ss, or a placeholder while this screen cannot yet know the server's time. */
export function timerText(seconds: number, known: boolean): string {
  return known ? formatClock(seconds) : '–:––';
}
