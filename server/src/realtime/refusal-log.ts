import type { AppError } from '@common-ground/shared';
import type { Logger } from '../logger.js';

/** Who was refused: the connection and the workshop, never what they sent. */
export interface RefusalContext {
  socketId: string;
  code: string | undefined;
}

export const REFUSAL_WINDOW_MS = 10_000;

/**
 * Refusals arrive in floods (a script, a client stuck retrying), and one log line each would
 * write megabytes. Within each window the first refusal of each kind (event and error code) is
 * logged with its context; the rest are only counted, and one summary line per window gives
 * every count. A quiet window stops the timer, so an idle server logs nothing and holds no timer.
 */
export class RefusalLog {
  /** Refusals in the current window, by `event/code`; the keys come from our own event names. */
  private readonly counts = new Map<string, number>();
  /** Whether any refusal in this window went unlogged, so only the summary tells of it. */
  private unlogged = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly log: Logger,
    private readonly windowMs = REFUSAL_WINDOW_MS,
  ) {}

  record(event: string, error: AppError, context: RefusalContext): void {
    const key = `${event}/${error.code}`;
    const seen = this.counts.get(key) ?? 0;
    this.counts.set(key, seen + 1);
    // The reason and its parameters are our own (a limit, a field's path), never the refused message.
    if (seen === 0) {
      this.log.info({ ...context, event, error: error.code, reason: error.reason, params: error.params }, 'refused');
    } else this.unlogged = true;
    if (!this.timer) {
      this.timer = setInterval(() => this.endWindow(), this.windowMs);
      // Counting refusals is no reason to keep the process alive.
      this.timer.unref();
    }
  }

  /** Writes what is still counted and stops the timer; call when the server closes. */
  close(): void {
    this.endWindow();
    this.stopTimer();
  }

  private endWindow(): void {
    if (this.counts.size === 0) return this.stopTimer();
    if (this.unlogged) {
      this.log.info(
        { refused: Object.fromEntries(this.counts), windowMs: this.windowMs },
        'refusals in the last window',
      );
    }
    this.counts.clear();
    this.unlogged = false;
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
