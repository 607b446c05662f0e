import { expect, it } from 'vitest';
import { formatSummary, runDurability } from './run.js';

/**
 * `npm test` runs five cycles; `npm run test:soak` sets SOAK_CYCLES to hundreds.
 * DURABILITY_SEED repeats a run's choices (when to kill, what to send); timing still varies.
 */
const cycles = Number(process.env.SOAK_CYCLES ?? 5);
const seed = Number(process.env.DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** A ceiling for a loaded two-core machine, not a measure: a cycle usually takes 2-4 s. */
const CEILING_PER_CYCLE_MS = 20_000;

it(
  `keeps every acknowledged command exactly once across ${cycles} kill -9 restarts`,
  async () => {
    const summary = await runDurability(cycles, seed);
    console.log(formatSummary(summary));
    if (summary.serverErrors.length > 0) console.warn(summary.serverErrors.slice(0, 5).join('\n'));
    expect(summary.problems, formatSummary(summary)).toEqual([]);
    expect(summary.cycles).toBe(cycles);
    expect(summary.acknowledged).toBeGreaterThan(0);
  },
  30_000 + cycles * CEILING_PER_CYCLE_MS,
);
