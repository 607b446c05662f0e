import { reportBackTimer } from '@common-ground/shared';
import { useEffect, useState } from 'react';
import { useStore } from '../../app/store';
import { useConnection } from '../session/connection-context';

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

function same(a: PairTimerView, b: PairTimerView): boolean {
  return (
    a.speakingPairId === b.speakingPairId &&
    a.perPairMs === b.perPairMs &&
    a.remainingSeconds === b.remainingSeconds &&
    a.overtime === b.overtime &&
    a.synced === b.synced
  );
}

/**
 * Like the step clock, the pair timer is computed every animation frame from the server's
 * timestamp (when the pair began) and this screen's estimate of the server's time.
 */
export function useReportBackTimer(): PairTimerView | null {
  const connection = useConnection();
  const reportBack = useStore((s) => s.workshop?.reportBack);
  const agenda = useStore((s) => s.workshop?.agenda);
  const [current, setCurrent] = useState<PairTimerView | null>(null);

  useEffect(() => {
    if (!reportBack || !agenda) return;
    const now = () => connection?.serverTime.now() ?? Date.now();
    let frame = 0;
    const tick = () => {
      const timer = reportBackTimer({ agenda, reportBack }, now());
      const ms = timer.remainingMs;
      const next: PairTimerView = {
        speakingPairId: timer.speakingPairId,
        perPairMs: timer.perPairMs,
        remainingSeconds: ms >= 0 ? Math.ceil(ms / 1000) : -Math.floor(-ms / 1000),
        overtime: ms < 0,
        synced: connection?.serverTime.synced ?? false,
      };
      setCurrent((previous) => (previous && same(previous, next) ? previous : next));
      // Nothing moves while nobody speaks.
      if (timer.speakingPairId) frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [reportBack, agenda, connection]);

  return current;
}
