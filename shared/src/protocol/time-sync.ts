import { z } from 'zod/mini';

/** The request carries nothing: the answer is the server's time. */
export const timeSyncRequestSchema = z.object({});
export interface TimeSyncAnswer {
  serverNow: number;
}

/**
 * NTP-style estimate of the server's clock. A screen notes its own monotonic time when it asks
 * and when the answer arrives; the server's time is taken to be that of the midpoint. The sample
 * with the smallest round trip has the least room for error (at most half its round trip).
 */
export interface TimeSample {
  /** The screen's monotonic time when it asked. */
  sentAt: number;
  /** The screen's monotonic time when the answer arrived. */
  receivedAt: number;
  /** The server's time in its answer. */
  serverNow: number;
}

export interface OffsetEstimate {
  /** Add to the screen's monotonic time to get the server's time. */
  offsetMs: number;
  roundTripMs: number;
}

export function estimateFromSample(sample: TimeSample): OffsetEstimate {
  const roundTripMs = Math.max(0, sample.receivedAt - sample.sentAt);
  return { offsetMs: sample.serverNow - (sample.sentAt + sample.receivedAt) / 2, roundTripMs };
}

/** The estimate from the sample with the smallest round trip; null without samples. */
export function bestEstimate(samples: readonly TimeSample[]): OffsetEstimate | null {
  let best: OffsetEstimate | null = null;
  for (const sample of samples) {
    const estimate = estimateFromSample(sample);
    if (!best || estimate.roundTripMs < best.roundTripMs) best = estimate;
  }
  return best;
}

/**
 * Keeps an estimate of the server's clock for one screen. `ask` returns the server's time;
 * `monotonic` is the screen's own steady clock (in a browser, performance.timeOrigin +
 * performance.now(), which a user changing the system time does not move).
 */
export class ClockSync {
  private samples: TimeSample[] = [];
  private estimate: OffsetEstimate | null = null;

  constructor(
    private readonly ask: () => Promise<number>,
    private readonly monotonic: () => number,
    private readonly keep = 8,
  ) {}

  /** Takes `count` samples one after the other and keeps the best of the recent ones. */
  async sync(count = 5): Promise<OffsetEstimate | null> {
    for (let i = 0; i < count; i += 1) {
      const sentAt = this.monotonic();
      let serverNow: number;
      try {
        serverNow = await this.ask();
      } catch {
        break;
      }
      this.samples = [...this.samples, { sentAt, receivedAt: this.monotonic(), serverNow }].slice(-this.keep);
      // Usable from the first answer; later samples can only make it better.
      this.estimate = bestEstimate(this.samples) ?? this.estimate;
    }
    return this.estimate;
  }

  /** Forgets old samples, e.g. after the laptop slept: their offset may no longer hold. */
  reset(): void {
    this.samples = [];
  }

  /** Moves the estimate by `deltaMs` at once, for when the steady clock is known to have paused. */
  shift(deltaMs: number): void {
    if (this.estimate) this.estimate = { ...this.estimate, offsetMs: this.estimate.offsetMs + deltaMs };
    this.samples = this.samples.map((s) => ({ ...s, serverNow: s.serverNow + deltaMs }));
  }

  get synced(): boolean {
    return this.estimate !== null;
  }

  /** The server's time now, as well as this screen can tell. */
  serverNow(): number {
    return this.monotonic() + (this.estimate?.offsetMs ?? 0);
  }
}
