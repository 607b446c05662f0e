import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const living = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of living) child.kill('SIGKILL');
});

/** A server under load, in a process of its own, with what the kernel says it uses. */
export interface ServerUnderTest {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a child and resolves with the port it reports on stdout: `"port":N` in a JSON line. */
function startAndAwaitPort(child: ChildProcess, what: string): Promise<ServerUnderTest> {
  living.add(child);
  child.once('exit', () => living.delete(child));
  // The last lines it wrote (its logs and errors), to say why when it dies before its time.
  const tail: string[] = [];
  const keep = (line: string): void => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  if (child.stderr) createInterface({ input: child.stderr }).on('line', keep);
  let ready = false;
  let stopping = false;
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      const last = `its last lines:\n${tail.join('\n')}`;
      reject(new Error(`${what} exited (${code ?? signal}) before it was ready; ${last}`));
      // A level whose server dies mid-run fails on reading /proc; this says why.
      if (ready && !stopping)
        console.error(`${what} (pid ${child.pid}) exited (${code ?? signal}) during the run; ${last}`);
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      keep(line);
      const port = /"port":(\d+)/.exec(line)?.[1];
      if (!port || ready) return;
      ready = true;
      resolve({
        url: `http://127.0.0.1:${port}`,
        pid: child.pid ?? -1,
        // SIGTERM first: a server started with --cpu-prof writes its profile as it exits.
        stop: () =>
          new Promise((done) => {
            stopping = true;
            if (child.exitCode !== null) return done();
            const hard = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(hard);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Cluster mode's settings: the server's DATABASE_URL, REDIS_URL and REDIS_PREFIX. */
export interface ClusterEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  REDIS_PREFIX: string;
}

/**
 * The built server (`server/dist`), in production mode: on a fresh SQLite file, or, given
 * `cluster`, as one process of several on PostgreSQL and Redis.
 */
export function startCommonGround(cluster?: ClusterEnv): Promise<ServerUnderTest> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-bench-'));
  // BENCH_CPU_PROF=dir: each server writes a V8 CPU profile there (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // Cluster settings in the shell must not turn the single-process level into a cluster one.
  const { DATABASE_URL: _d, REDIS_URL: _r, REDIS_PREFIX: _p, ...inherited } = process.env;
  const child = spawn(process.execPath, [...profile, 'server/dist/index.js'], {
    cwd: root,
    env: {
      ...inherited,
      ...cluster,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
  return startAndAwaitPort(child, 'the server');
}

/** The bare socket.io relay, the baseline, in production mode too. */
export function startRelay(): Promise<ServerUnderTest> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/relay.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return startAndAwaitPort(child, 'the relay');
}

/** A load-generating process (load-worker.ts). */
export function forkWorker(): ChildProcess {
  const child = fork(path.join(root, 'tests/bench/load-worker.ts'), [], {
    cwd: root,
    execArgv: ['--conditions=source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  living.add(child);
  child.once('exit', () => living.delete(child));
  return child;
}

const TICKS_PER_SECOND = 100;

/** CPU seconds a process has used so far (user + system), from /proc. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Resident memory of a process now, in MB. */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}
