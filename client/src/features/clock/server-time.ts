import { ClockSync } from '@common-ground/shared';
import type { SyncSocket } from '../session/workshop-connection';

const RESYNC_EVERY_MS = 60_000;
/** A gap this large between the wall clock and the steady clock means the laptop slept. */
const SLEEP_JUMP_MS = 1000;

/** The screen's steady clock: not moved by someone changing the system time. */
export function monotonicNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * This screen's idea of the server's clock. Syncs on every connect, every minute, and when the
 * page becomes visible again. A laptop's steady clock stops while it sleeps, so on waking we
 * shift the estimate by how far the wall clock ran ahead, before the first frame is drawn, and
 * then measure again.
 */
export class ServerTime {
  private readonly sync: ClockSync;
  private wallMinusSteady = Date.now() - monotonicNow();

  constructor(private readonly socket: SyncSocket) {
    const timed = socket as unknown as {
      timeout(ms: number): {
        emitWithAck(event: 'time:sync', message: object): Promise<{ ok: boolean; data?: { serverNow: number } }>;
      };
    };
    this.sync = new ClockSync(async () => {
      const answer = await timed.timeout(3000).emitWithAck('time:sync', {});
      if (!answer.ok || !answer.data) throw new Error('time sync refused');
      return answer.data.serverNow;
    }, monotonicNow);
  }

  now(): number {
    return this.sync.serverNow();
  }

  get synced(): boolean {
    return this.sync.synced;
  }

  start(): () => void {
    const onConnect = () => void this.measure(5);
    // Waking: the tab shown again, the page thawed after being frozen, or back from the cache.
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      const jump = Date.now() - monotonicNow() - this.wallMinusSteady;
      if (Math.abs(jump) > SLEEP_JUMP_MS) {
        this.sync.shift(jump);
        this.sync.reset();
      }
      void this.measure(3);
    };
    this.socket.on('connect', onConnect);
    document.addEventListener('visibilitychange', onVisible);
    document.addEventListener('resume', onVisible);
    window.addEventListener('pageshow', onVisible);
    const timer = setInterval(() => void this.measure(3), RESYNC_EVERY_MS);
    if (this.socket.connected) onConnect();
    return () => {
      this.socket.off('connect', onConnect);
      document.removeEventListener('visibilitychange', onVisible);
      document.removeEventListener('resume', onVisible);
      window.removeEventListener('pageshow', onVisible);
      clearInterval(timer);
    };
  }

  private async measure(count: number): Promise<void> {
    if (!this.socket.connected) return;
    await this.sync.sync(count);
    this.wallMinusSteady = Date.now() - monotonicNow();
  }
}
