import { stepMinutes } from '../agenda/agenda.js';
import { MINUTE_MS } from '../clock/clock.js';
import type { WorkshopState } from '../core/state.js';

/** The 1:1 practice guide's time for each pair's report-back: “3-4 min. for each pair”. */
export const REPORT_BACK_MINUTES_PER_PAIR = { min: 3, max: 4 } as const;

export interface ReportBackTimer {
  speakingPairId: string | null;
  /** The report-back step's time split evenly among the pairs, kept within the guide's 3 to 4 minutes. */
  perPairMs: number;
  /** Negative past the pair's share. */
  remainingMs: number;
}

/**
 * Each pair's report-back timer, counted from when it began to speak. Its share is the step's
 * minutes divided by the number of pairs, but never outside the guide's 3 to 4 minutes: a pair
 * alone still gets 4, and many pairs still get 3 even if the step then runs over.
 */
export function reportBackTimer(state: Pick<WorkshopState, 'agenda' | 'reportBack'>, now: number): ReportBackTimer {
  const { order, currentIndex, startedAt } = state.reportBack;
  const step = state.agenda.find((s) => s.kind === 'report-back');
  const { min, max } = REPORT_BACK_MINUTES_PER_PAIR;
  const perPairMs =
    step && order.length > 0
      ? Math.min(max * MINUTE_MS, Math.max(min * MINUTE_MS, (stepMinutes(step) * MINUTE_MS) / order.length))
      : 0;
  const speakingPairId = currentIndex === null ? null : (order[currentIndex] ?? null);
  const elapsed = speakingPairId && startedAt !== null ? Math.max(0, now - startedAt) : 0;
  return { speakingPairId, perPairMs, remainingMs: perPairMs - elapsed };
}
