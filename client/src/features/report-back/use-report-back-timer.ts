import { reportBackTimer, secondsShown } from '@common-ground/shared';
import { useMemo } from 'react';
import { useStore } from '../../app/store';
import { useServerTimeFrames, type FrameReading } from '../clock/use-server-time-frames';

/** The speaking pair's timer as a screen shows it; changes at most once a second. */
export interface PairTimerView {
  speakingPairId: string | null;
  /** Each pair's share of the report-back step. */
  perPairMs: number;
  /** Whole seconds left of the speaking pair's share, rounded up; negative past it. */
  remainingSeconds: number;
  overtime: boolean;
  /** False until this screen has measured the server's clock. */
  synced: boolean;
}

/**
 * Like the step clock, the pair timer is computed every animation frame from the server's
 * timestamp (when the pair began) and this screen's estimate of the server's time.
 */
export function useReportBackTimer(): PairTimerView | null {
  const reportBack = useStore((s) => s.workshop?.reportBack);
  const agenda = useStore((s) => s.workshop?.agenda);
  const read = useMemo(
    () =>
      reportBack && agenda
        ? (now: number, synced: boolean): FrameReading<PairTimerView> => {
            const timer = reportBackTimer({ agenda, reportBack }, now);
            return {
              value: {
                speakingPairId: timer.speakingPairId,
                perPairMs: timer.perPairMs,
                remainingSeconds: secondsShown(timer.remainingMs),
                overtime: timer.remainingMs < 0,
                synced,
              },
              // Nothing moves while nobody speaks.
              moving: timer.speakingPairId !== null,
            };
          }
        : null,
    [reportBack, agenda],
  );
  return useServerTimeFrames(read);
}
