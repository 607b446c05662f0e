import type { ChildProcess } from 'node:child_process';
import type { FromWorker, ToWorker } from './load-worker.js';
import { single, type ServerGroup } from './cluster.js';
import { cpuSeconds, forkWorker, rssMb, startCommonGround, startRelay } from './processes.js';
import type { RoomShape } from './rooms.js';
import type { WorkshopKeys } from './screens.js';
import { percentiles, type Percentiles } from './stats.js';

/** One load: how many workshops, what each holds, and how busy they are. */
export interface LoadLevel {
  workshops: number;
  shape: RoomShape;
  changesPerSecond: number;
  clockEveryMs: number;
  warmupMs: number;
  durationMs: number;
  workers: number;
}

export interface LevelResult {
  latency: Percentiles;
  sent: number;
  missing: number;
  refused: number;
  /** The server's CPU, in percent of one core, while the load ran (summed over its processes). */
  cpuPercent: number;
  /** The server's resident memory with every screen connected, and before any (summed likewise). */
  rssMb: number;
  idleRssMb: number;
}

/**
 * New workshops over HTTP, each from an address of its own (the create limit is per address),
 * taking the processes' urls in turn.
 */
async function createWorkshops(urls: string[], count: number): Promise<WorkshopKeys[]> {
  const created: WorkshopKeys[] = [];
  for (let i = 0; i < count; i += 1) {
    const res = await fetch(`${urls[i % urls.length]}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.255.${i >> 8}.${i & 255}` },
      body: JSON.stringify({ title: `Bench ${i + 1}` }),
    });
    if (res.status !== 201) throw new Error(`creating a workshop answered ${res.status}: ${await res.text()}`);
    created.push((await res.json()) as WorkshopKeys);
  }
  return created;
}

function next(worker: ChildProcess, type: FromWorker['type']): Promise<FromWorker> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromWorker): void => {
      if (message.type === 'failed') reject(new Error(`a load worker failed: ${message.message}`));
      else if (message.type === type) resolve(message);
      else return;
      worker.off('message', onMessage);
    };
    worker.on('message', onMessage);
  });
}

const sum = (pids: number[], read: (pid: number) => number): number =>
  pids.reduce((total, pid) => total + read(pid), 0);

/**
 * Runs one level against one target, from a fresh server to its last arrival. `start` gives
 * the processes (one by default; several in cluster mode, each workshop's screens spread over
 * them); CPU and memory are summed over them.
 */
export async function runLevel(
  target: 'common-ground' | 'relay',
  level: LoadLevel,
  start: () => Promise<ServerGroup> = () => single(target === 'relay' ? startRelay : () => startCommonGround()),
): Promise<LevelResult> {
  const server = await start();
  const workers = Array.from({ length: level.workers }, () => forkWorker());
  try {
    const workshops =
      target === 'relay'
        ? Array.from({ length: level.workshops }, (_, i) => ({ code: `ROOM${i}`, facilitatorToken: '' }))
        : await createWorkshops(server.urls, level.workshops);
    const idleRssMb = sum(server.pids, rssMb);
    await Promise.all(
      workers.map((worker, w) => {
        const mine = workshops.filter((_, i) => i % workers.length === w);
        const entered = next(worker, 'entered');
        const message: ToWorker = { type: 'enter', target, urls: server.urls, workshops: mine, shape: level.shape };
        worker.send(message);
        return entered;
      }),
    );
    const connectedRssMb = sum(server.pids, rssMb);
    const cpuBefore = sum(server.pids, cpuSeconds);
    const startedAt = performance.now();
    const results = await Promise.all(
      workers.map((worker) => {
        const result = next(worker, 'result');
        const { changesPerSecond, clockEveryMs, warmupMs, durationMs } = level;
        const message: ToWorker = { type: 'run', changesPerSecond, clockEveryMs, warmupMs, durationMs };
        worker.send(message);
        return result;
      }),
    );
    const cpuPercent = ((sum(server.pids, cpuSeconds) - cpuBefore) / ((performance.now() - startedAt) / 1000)) * 100;
    const finalRssMb = Math.max(connectedRssMb, sum(server.pids, rssMb));
    const all = results.filter((r) => r.type === 'result');
    return {
      latency: percentiles(all.flatMap((r) => r.latencies)),
      sent: all.reduce((sum, r) => sum + r.sent, 0),
      missing: all.reduce((sum, r) => sum + r.missing, 0),
      refused: all.reduce((sum, r) => sum + r.refused, 0),
      cpuPercent: Math.round(cpuPercent),
      rssMb: finalRssMb,
      idleRssMb,
    };
  } finally {
    for (const worker of workers) {
      if (worker.connected) worker.send({ type: 'leave' } satisfies ToWorker);
    }
    await Promise.all(
      workers.map((w) => new Promise((done) => (w.exitCode !== null ? done(null) : w.once('exit', done)))),
    );
    await server.stop();
  }
}
