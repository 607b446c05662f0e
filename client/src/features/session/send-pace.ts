/**
 * How fast this screen sends, kept under the server's per-person budget (a burst of 30, then 10
 * a second, shared with the clock sync and the person's other screens): a burst of 20, then 8 a
 * second. When the server still says "too many", everything waits as long as it asks.
 */
export const PACE = { burst: 20, perSecond: 8 };

export class SendPace {
  private tokens = PACE.burst;
  private at: number;
  private pausedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {
    this.at = now();
  }

  /** How long until one more send fits; 0 means now. */
  wait(): number {
    const now = this.refill();
    const paused = Math.max(0, this.pausedUntil - now);
    const forToken = this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / PACE.perSecond) * 1000);
    return Math.max(paused, forToken);
  }

  take(): void {
    this.refill();
    this.tokens -= 1;
  }

  /** The server refused for the rate: send nothing for `ms`, and start again gently after. */
  pause(ms: number): void {
    const now = this.refill();
    this.pausedUntil = Math.max(this.pausedUntil, now + ms);
    this.tokens = Math.min(this.tokens, 1);
  }

  private refill(): number {
    const now = this.now();
    this.tokens = Math.min(PACE.burst, this.tokens + ((now - this.at) / 1000) * PACE.perSecond);
    this.at = now;
    return now;
  }
}
