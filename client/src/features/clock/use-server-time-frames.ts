import { useEffect, useState } from 'react';
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
    const tick = () => {
      const { value, moving } = read(
        connection?.serverTime.now() ?? Date.now(),
        connection?.serverTime.synced ?? false,
      );
      setCurrent((previous) => (previous !== null && shallow(previous, value) ? previous : value));
      if (moving) frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [read, connection]);

  return current;
}
