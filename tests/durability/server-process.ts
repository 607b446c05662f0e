import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const watchdog = path.join(root, 'tests/durability/exit-with-parent.mjs');

/** Starting tsx on a loaded two-core machine can take seconds; this is a ceiling, not a measure. */
const READY_WITHIN_MS = 30_000;
/** How many of the server's last output lines a failure message quotes. */
const TAIL_LINES = 20;

/** The real server, `server/src/index.ts`, running in a process of its own. */
export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Lines the server logged at error level or above (pino level 50+), for the report. */
  errors: string[];
  /** SIGKILL: no shutdown hook runs, as when the machine loses power or the OOM killer strikes. */
  killHard(): Promise<void>;
}

/** Every child still alive, so a failing test can take them all down with it. */
const living = new Set<ChildProcess>();

process.once('exit', () => {
  for (const child of living) child.kill('SIGKILL');
});

/** Kills every server this process started and waits until each has exited. */
export async function killAllServers(): Promise<void> {
  await Promise.all([...living].map((child) => killAndWait(child)));
}

/** A port nobody listens on right now; the server is started on it and restarted on it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server straight from its TypeScript sources (tsx, the `source` condition), so no
 * build has to run first, and resolves once it logs that it is listening. PORT=0 would not do:
 * the ready line reports the configured port, not the one the system chose.
 */
export async function startServerProcess(
  dataDir: string,
  port: number,
  /** More settings, such as cluster mode's DATABASE_URL and REDIS_URL. */
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--import', watchdog, 'server/src/index.ts'],
    {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  living.add(child);
  child.once('exit', () => living.delete(child));

  const tail: string[] = [];
  const errors: string[] = [];
  const remember = (line: string): void => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  createInterface({ input: child.stderr }).on('line', remember);
  const stdout = createInterface({ input: child.stdout });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      fail(`the server did not say it was ready within ${READY_WITHIN_MS} ms`);
      child.kill('SIGKILL');
    }, READY_WITHIN_MS);
    const onExit = (code: number | null, signal: string | null): void =>
      fail(`the server exited (code ${code}, signal ${signal}) before it was ready`);
    function fail(reason: string): void {
      clearTimeout(timer);
      child.off('exit', onExit);
      reject(new Error(`${reason}. Its last output:\n${tail.join('\n')}`));
    }
    child.once('exit', onExit);
    child.once('error', (error) => fail(`the server could not be started: ${error.message}`));
    stdout.on('line', (line) => {
      remember(line);
      const entry = parseLogLine(line);
      if (entry && entry.level >= 50) errors.push(line);
      if (entry?.port === port) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve();
      }
    });
  });

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    errors,
    killHard: () => killAndWait(child),
  };
}

function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** A pino line: its level, and the port when it is the "ready" line. */
function parseLogLine(line: string): { level: number; port?: number } | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { level, port } = parsed as { level?: unknown; port?: unknown };
    if (typeof level !== 'number') return undefined;
    return typeof port === 'number' ? { level, port } : { level };
  } catch {
    return undefined;
  }
}
