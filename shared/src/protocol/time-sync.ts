import { z } from 'zod';

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
