import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { shallow } from 'zustand/shallow';
import { useConnection } from '../session/connection-context';

/** What a timer reads at one moment, and whether it is still moving (worth another frame). */
export interface FrameReading<T> {
  value: T;
  moving: boolean;
}

/**
 * Reads a timer on every animation frame from this screen's estimate of the server's time: never
 * a countdown of its own. Keeps the previous value while none of its fields changed (they are
 * what a screen shows, in whole seconds), so components re-render at most once a second.
 * `read` null: nothing to read yet. Pass a stable `read` (useMemo): a new one restarts the frames.
 */
export function useServerTimeFrames<T extends object>(
  read: ((serverNow: number, synced: boolean) => FrameReading<T>) | null,
): T | null {
  const connection = useConnection();
  const [current, setCurrent] = useState<T | null>(null);

  useEffect(() => {
    if (!read) return;
    let frame = 0;
    const readNow = () => {
      const reading = read(connection?.serverTime.now() ?? Date.now(), connection?.serverTime.synced ?? false);
      setCurrent((previous) => (previous !== null && shallow(previous, reading.value) ? previous : reading.value));
      return reading;
    };
    const tick = () => {
      if (readNow().moving) frame = requestAnimationFrame(tick);
    };
    // A page coming back from sleep, a hidden tab or the back/forward cache would first show the
    // frame it left with (the old sub-phase, the old time): read the time now and render before
    // the browser paints. ServerTime listens first, so its estimate has already been shifted.
    const onWake = () => {
      if (document.visibilityState !== 'visible') return;
      flushSync(readNow);
      cancelAnimationFrame(frame);
      tick();
    };
    document.addEventListener('visibilitychange', onWake);
    document.addEventListener('resume', onWake);
    window.addEventListener('pageshow', onWake);
    tick();
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', onWake);
      document.removeEventListener('resume', onWake);
      window.removeEventListener('pageshow', onWake);
    };
  }, [read, connection]);

  return current;
}
