import { stepMinutes } from '../agenda/agenda.js';
import { MINUTE_MS } from '../clock/clock.js';
import type { WorkshopState } from '../core/state.js';

export interface ReportBackTimer {
  speakingPairId: string | null;
  /** The report-back step's time, split evenly among the pairs in the order. */
  perPairMs: number;
  /** Negative past the pair's share. */
  remainingMs: number;
}

/**
 * Each pair's report-back timer: the report-back step's minutes divided by the number of pairs
 * (3 to 4 minutes each for six people in the 15-minute step), counted from when it began to speak.
 */
export function reportBackTimer(state: Pick<WorkshopState, 'agenda' | 'reportBack'>, now: number): ReportBackTimer {
  const { order, currentIndex, startedAt } = state.reportBack;
  const step = state.agenda.find((s) => s.kind === 'report-back');
  const perPairMs = step && order.length > 0 ? (stepMinutes(step) * MINUTE_MS) / order.length : 0;
  const speakingPairId = currentIndex === null ? null : (order[currentIndex] ?? null);
  const elapsed = speakingPairId && startedAt !== null ? Math.max(0, now - startedAt) : 0;
  return { speakingPairId, perPairMs, remainingMs: perPairMs - elapsed };
}
