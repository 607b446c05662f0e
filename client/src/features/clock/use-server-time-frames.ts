import { useEffect, useState } from 'react';
import { useConnection } from '../session/connection-context';

/** What a timer reads at one moment, and whether it is still moving (worth another frame). */
export interface FrameReading<T> {
  value: T;
  moving: boolean;
}

/**
 * Reads a timer on every animation frame from this screen's estimate of the server's time: never
 * a countdown of its own. Keeps the previous value while `same` finds nothing a screen shows
 * changed, so components re-render at most once a second. `read` null: nothing to read yet.
 * Pass a stable `read` (useMemo/useCallback) and `same`: each new one restarts the frames.
 */
export function useServerTimeFrames<T>(
  read: ((serverNow: number, synced: boolean) => FrameReading<T>) | null,
  same: (a: T, b: T) => boolean,
): T | null {
  const connection = useConnection();
  const [current, setCurrent] = useState<T | null>(null);

  useEffect(() => {
    if (!read) return;
    let frame = 0;
    const tick = () => {
      const { value, moving } = read(
        connection?.serverTime.now() ?? Date.now(),
        connection?.serverTime.synced ?? false,
      );
      setCurrent((previous) => (previous !== null && same(previous, value) ? previous : value));
      if (moving) frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [read, same, connection]);

  return current;
}
