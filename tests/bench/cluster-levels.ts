import type { ClusterServices } from '../cluster/services.js';
import { startCluster } from './cluster.js';
import { runLevel, type LoadLevel } from './level.js';
import { describe, rssPer1k } from './report.js';
import { ratio } from './stats.js';

/** Issue 13's two-process level: the same load as a single process's, split over two. */
const PROCESSES = 2;

export interface ClusterLevelFigures {
  participants: number;
  workshops: number;
  p50_ms: number;
  p99_ms: number;
  /** The single process's p99 at the same participants in this run, if that level ran. */
  single_p99_ms: number | null;
  ratio_to_single_p99: number | null;
  missing: number;
  refused: number;
  rss_mb_per_1k: number;
  processes: number;
}

/**
 * Each level against two built servers in cluster mode, on a fresh PostgreSQL database and Redis
 * prefix each time, every workshop's screens alternating between the two processes.
 */
export async function runClusterLevels(
  services: ClusterServices,
  levels: number[],
  levelFor: (participants: number) => LoadLevel,
  singleP99: ReadonlyMap<number, number>,
): Promise<ClusterLevelFigures[]> {
  const figures: ClusterLevelFigures[] = [];
  for (const participants of levels) {
    const level = levelFor(participants);
    const result = await runLevel('common-ground', level, () => startCluster(services, PROCESSES));
    describe(`${PROCESSES} processes`, participants, result);
    const single = singleP99.get(participants) ?? null;
    figures.push({
      participants,
      workshops: level.workshops,
      p50_ms: result.latency.p50,
      p99_ms: result.latency.p99,
      single_p99_ms: single,
      ratio_to_single_p99: single === null ? null : ratio(result.latency.p99, single),
      missing: result.missing,
      refused: result.refused,
      rss_mb_per_1k: rssPer1k(participants, result),
      processes: PROCESSES,
    });
  }
  return figures;
}
