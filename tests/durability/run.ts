import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCycle } from './cycle.js';
import { everyEventLogProblems } from './event-log.js';
import { loopbackAddresses } from './people.js';
import { freePort, killAllServers, startServerProcess, type ServerProcess } from './server-process.js';

/** Enough distinct problems to see the pattern; the counts say how many there were in all. */
const PROBLEMS_KEPT = 40;

export interface Summary {
  cycles: number;
  seed: number;
  acknowledged: number;
  inFlight: number;
  inFlightApplied: number;
  retried: number;
  lost: number;
  doubled: number;
  refused: number;
  workshops: number;
  events: number;
  seconds: number;
  problems: string[];
  /** Lines the server logged at error level: not failures by themselves, but worth reading. */
  serverErrors: string[];
}

/**
 * Runs the real server as a child process and kills it with SIGKILL `cycles` times under
 * load, restarting it each time on the same database. Always removes its processes and files.
 */
export async function runDurability(cycles: number, seed: number): Promise<Summary> {
  const started = Date.now();
  const random = mulberry32(seed);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'common-ground-kill9-'));
  const dbFile = path.join(dataDir, 'common-ground.sqlite');
  const summary: Summary = {
    cycles: 0,
    seed,
    acknowledged: 0,
    inFlight: 0,
    inFlightApplied: 0,
    retried: 0,
    lost: 0,
    doubled: 0,
    refused: 0,
    workshops: 0,
    events: 0,
    seconds: 0,
    problems: [],
    serverErrors: [],
  };
  let port = await freePort();
  const servers: ServerProcess[] = [];
  const restart = async (): Promise<ServerProcess> => {
    const server = await startServerProcess(dataDir, port).catch(async (error: Error) => {
      // Someone took the port while the server was down; go on elsewhere rather than fail.
      if (!error.message.includes('EADDRINUSE')) throw error;
      port = await freePort();
      return startServerProcess(dataDir, port);
    });
    servers.push(server);
    return server;
  };
  try {
    const addresses = await loopbackAddresses(16);
    let server = await restart();
    for (let cycle = 1; cycle <= cycles; cycle += 1) {
      const report = await runCycle({ cycle, server, restart, dbFile, addresses, random });
      server = report.server;
      summary.cycles = cycle;
      summary.acknowledged += report.acknowledged;
      summary.inFlight += report.inFlight;
      summary.inFlightApplied += report.inFlightApplied;
      summary.retried += report.retried;
      summary.lost += report.lost;
      summary.doubled += report.doubled;
      summary.refused += report.refused;
      summary.problems.push(...report.problems.map((problem) => `cycle ${cycle}: ${problem}`));
    }
    const logs = everyEventLogProblems(dbFile);
    summary.workshops = logs.workshops;
    summary.events = logs.events;
    summary.problems.push(...logs.problems);
  } finally {
    await killAllServers();
    fs.rmSync(dataDir, { recursive: true, force: true });
    summary.serverErrors = servers.flatMap((server) => server.errors);
    summary.problems.splice(PROBLEMS_KEPT);
    summary.seconds = Math.round((Date.now() - started) / 100) / 10;
  }
  return summary;
}

export function formatSummary(summary: Summary): string {
  const { cycles, seed, acknowledged, inFlight, inFlightApplied, retried, lost, doubled, refused } = summary;
  return [
    `kill -9 durability: ${cycles} cycles in ${summary.seconds} s (seed ${seed})`,
    `  acknowledged writes ${acknowledged}, in flight at the kill ${inFlight} (of which the server had applied ${inFlightApplied})`,
    `  resent with the same id ${retried}, refused ${refused}`,
    `  lost ${lost}, doubled ${doubled}`,
    `  database: ${summary.workshops} workshops, ${summary.events} events, seq without gaps: ${summary.problems.length === 0 ? 'yes' : 'see problems'}`,
    `  server error lines ${summary.serverErrors.length}`,
  ].join('\n');
}

/** A small seeded generator, so a run's choices (when to kill, what to send) can be repeated. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
