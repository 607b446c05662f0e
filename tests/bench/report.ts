import type { LevelResult } from './level.js';

/** One line per level run, the same for every kind of run. */
export function describe(label: string, participants: number, result: LevelResult): void {
  const { latency: l } = result;
  console.log(
    `${label.padEnd(14)} ${String(participants).padStart(5)} people  p50 ${l.p50} ms  p95 ${l.p95} ms  p99 ${l.p99} ms  max ${l.max} ms` +
      `  (${l.count} arrivals of ${result.sent} changes, ${result.missing} missing, ${result.refused} refused)` +
      `  cpu ${result.cpuPercent}%  rss ${result.rssMb} MB (idle ${result.idleRssMb} MB)`,
  );
}

/** Memory the connected screens add, per 1,000 people, beyond the idle server's. */
export const rssPer1k = (participants: number, result: LevelResult): number =>
  Math.round(((result.rssMb - result.idleRssMb) / participants) * 1000 * 10) / 10;

export const cpuPer1k = (participants: number, result: LevelResult): number =>
  Math.round((result.cpuPercent / participants) * 1000);
