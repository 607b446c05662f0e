import { projectClock, readClock, type Clock, type Step } from '@common-ground/shared';
import { useEffect, useState } from 'react';
import { useStore } from '../../app/store';
import { useConnection } from '../session/connection-context';

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
    remainingSeconds:
      reading.remainingMs >= 0 ? Math.ceil(reading.remainingMs / 1000) : -Math.floor(-reading.remainingMs / 1000),
    durationMs: reading.durationMs,
    overtime: reading.overtime,
    synced,
  };
}

function same(a: ClockView, b: ClockView): boolean {
  return (
    a.remainingSeconds === b.remainingSeconds &&
    a.stepId === b.stepId &&
    a.phaseId === b.phaseId &&
    a.running === b.running &&
    a.started === b.started &&
    a.step === b.step &&
    a.durationMs === b.durationMs &&
    a.synced === b.synced
  );
}

/**
 * The clock as this screen shows it, computed every animation frame from the server's
 * timestamps and this screen's estimate of the server's time: never a countdown of its own.
 */
export function useClock(): ClockView | null {
  const connection = useConnection();
  const agenda = useStore((s) => s.workshop?.agenda);
  const clock = useStore((s) => s.workshop?.clock);
  const autoAdvance = useStore((s) => s.workshop?.settings.autoAdvance ?? true);
  const [current, setCurrent] = useState<ClockView | null>(null);

  useEffect(() => {
    if (!agenda || !clock) return;
    const now = () => connection?.serverTime.now() ?? Date.now();
    let frame = 0;
    const tick = () => {
      const next = view(agenda, clock, autoAdvance, now(), connection?.serverTime.synced ?? false);
      setCurrent((previous) => (previous && same(previous, next) ? previous : next));
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [agenda, clock, autoAdvance, connection]);

  return current;
}

/** mm:ss, with a leading + in overtime. */
export function formatClock(seconds: number): string {
  const abs = Math.abs(seconds);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
  return seconds < 0 ? `+${text}` : text;
}
