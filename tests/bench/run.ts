import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { clientJsGzipKb } from './client-js.js';
import { runClusterLevels } from './cluster-levels.js';
import { clusterServices } from './cluster.js';
import { joinFullBoard } from './full-board.js';
import { runLevel, type LoadLevel } from './level.js';
import { root } from './processes.js';
import { cpuPer1k, describe, rssPer1k } from './report.js';
import { ratio } from './stats.js';

/**
 * `npm run bench`: Common Ground's real server against a bare socket.io relay, driven by the
 * same load from separate processes, level by level. Every figure is read from the environment
 * so a quick run is one line: `BENCH_LEVELS=300 BENCH_RAMP= BENCH_CLUSTER_LEVELS=300 BENCH_SECONDS=3 npm run bench`.
 */
const env = process.env;
const numbers = (value: string | undefined, fallback: string): number[] =>
  (value ?? fallback)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map(Number);
const number = (value: string | undefined, fallback: number): number => (value ? Number(value) : fallback);

const settings = {
  levels: numbers(env.BENCH_LEVELS, '300,1000,2000'),
  ramp: numbers(env.BENCH_RAMP, '3000,4000,5000'),
  // Issue 13: the same load over two processes in cluster mode (PostgreSQL and Redis).
  clusterLevels: numbers(env.BENCH_CLUSTER_LEVELS, '1000'),
  perWorkshop: number(env.BENCH_PER_WORKSHOP, 30),
  // A workshop has one note-taker: the facilitator and they keep the flipchart.
  notetakers: number(env.BENCH_NOTETAKERS, 1),
  cards: number(env.BENCH_CARDS, 20),
  changesPerSecond: number(env.BENCH_CHANGES_PER_SECOND, 10),
  clockEveryMs: number(env.BENCH_CLOCK_EVERY_MS, 1000),
  warmupMs: number(env.BENCH_WARMUP_SECONDS, 2) * 1000,
  durationMs: number(env.BENCH_SECONDS, 10) * 1000,
  workers: number(env.BENCH_WORKERS, 2),
  boardScreens: number(env.BENCH_BOARD_SCREENS, 50),
  boardCards: number(env.BENCH_BOARD_CARDS, 1000),
};
const P99_CEILING_MS = 100;

function levelFor(participants: number): LoadLevel {
  const workshops = Math.max(1, Math.round(participants / settings.perWorkshop));
  return {
    workshops,
    shape: { participants: settings.perWorkshop, notetakers: settings.notetakers, cards: settings.cards },
    changesPerSecond: settings.changesPerSecond,
    clockEveryMs: settings.clockEveryMs,
    warmupMs: settings.warmupMs,
    durationMs: settings.durationMs,
    workers: settings.workers,
  };
}

async function main(): Promise<void> {
  if (!env.BENCH_SKIP_BUILD) {
    const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (built.status !== 0) throw new Error('the build failed');
  }
  // Before anything runs: a machine without PostgreSQL and Redis is told so at once.
  const services = settings.clusterLevels.length > 0 ? await clusterServices() : undefined;
  const clientJs = clientJsGzipKb(path.join(root, 'client/dist'));
  console.log(`client JS, gzipped: ${JSON.stringify(clientJs)} KB`);

  const levels = [];
  const underCeiling: number[] = [];
  for (const participants of settings.levels) {
    const level = levelFor(participants);
    const ours = await runLevel('common-ground', level);
    describe('common ground', participants, ours);
    const relay = await runLevel('relay', level);
    describe('relay', participants, relay);
    if (ours.latency.p99 < P99_CEILING_MS) underCeiling.push(participants);
    levels.push({
      participants,
      workshops: level.workshops,
      p50_ms: ours.latency.p50,
      p95_ms: ours.latency.p95,
      p99_ms: ours.latency.p99,
      max_ms: ours.latency.max,
      baseline_p50_ms: relay.latency.p50,
      baseline_p95_ms: relay.latency.p95,
      baseline_p99_ms: relay.latency.p99,
      baseline_max_ms: relay.latency.max,
      ratio_p50: ratio(ours.latency.p50, relay.latency.p50),
      ratio_p99: ratio(ours.latency.p99, relay.latency.p99),
      missing: ours.missing,
      refused: ours.refused,
      rss_mb: ours.rssMb,
      rss_mb_per_1k: rssPer1k(participants, ours),
      cpu_percent_per_1k: cpuPer1k(participants, ours),
      baseline_rss_mb_per_1k: rssPer1k(participants, relay),
      baseline_cpu_percent_per_1k: cpuPer1k(participants, relay),
    });
  }

  const singleP99 = new Map(levels.map((l) => [l.participants, l.p99_ms]));
  const clusterLevels = services ? await runClusterLevels(services, settings.clusterLevels, levelFor, singleP99) : [];

  // The ramp: more people on one process until the p99 passes the ceiling.
  const ramp = [];
  for (const participants of settings.ramp) {
    // A level the machine cannot even connect (sockets time out) is a level not held.
    const result = await runLevel('common-ground', levelFor(participants)).catch((error: unknown) => {
      console.log(`ramp ${participants} people: not held (${String(error).split('\n')[0]})`);
      return undefined;
    });
    if (!result) break;
    describe('ramp', participants, result);
    ramp.push({ participants, p99_ms: result.latency.p99, rss_mb_per_1k: rssPer1k(participants, result) });
    if (result.latency.p99 >= P99_CEILING_MS || result.missing > 0) break;
    underCeiling.push(participants);
  }

  const board = await joinFullBoard(settings.boardScreens, settings.boardCards);
  console.log(
    `${settings.boardScreens} screens opening ${settings.boardCards} cards at once: p50 ${board.p50} ms, p99 ${board.p99} ms`,
  );

  console.log(
    JSON.stringify({
      levels,
      cluster_levels: clusterLevels,
      ramp,
      max_participants_p99_under_100ms: underCeiling.length ? Math.max(...underCeiling) : 0,
      join_full_board_ms_p99: board.p99,
      client_js_gzip_kb: clientJs,
      settings,
    }),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
