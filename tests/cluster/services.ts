import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import pg from 'pg';
import { redisCommands } from './redis-commands.js';

/** Where the cluster tests find PostgreSQL and Redis. */
export interface ClusterServices {
  /** `postgres://` to a database the tests may create databases from (and in). */
  databaseUrl: string;
  /** `redis://` to a Redis the tests share, each under its own key prefix (see isolation.ts). */
  redisUrl: string;
}

/** What this machine and CI run: PostgreSQL with trust auth on `test`, Redis beside it. */
export const LOCAL_DATABASE_URLS = ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];
export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

export const HOW_TO_GET_THEM =
  'Install and start them ("sudo apt-get install -y postgresql redis-server", then allow trust auth ' +
  'for 127.0.0.1 in pg_hba.conf and create the database: "sudo -u postgres createdb test"), ' +
  'or set DATABASE_URL (postgres://...) and REDIS_URL (redis://...) to ones you have.';

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  localDatabaseUrls?: string[];
  localRedisUrl?: string;
  /** Install Debian's packages when nothing answers; by default only as root with apt-get. */
  install?: boolean;
}

/** Why PostgreSQL at `url` cannot serve the tests (a database for each file), or undefined when it can. */
export async function probePostgres(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ may: boolean }>(
      'SELECT rolcreatedb OR rolsuper AS may FROM pg_roles WHERE rolname = current_user',
    );
    return rows[0]?.may ? undefined : 'its role may not create databases (the tests make one per file)';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why Redis at `url` cannot serve the tests, or undefined when it can. */
export async function probeRedis(url: string): Promise<string | undefined> {
  try {
    const [pong] = await redisCommands(url, [['PING']]);
    return pong === 'PONG' ? undefined : `PING answered ${JSON.stringify(pong)}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The first URL that answers, or every reason none did. */
async function firstAnswering(
  urls: string[],
  probe: (url: string) => Promise<string | undefined>,
): Promise<{ url?: string; reasons: string[] }> {
  const reasons: string[] = [];
  for (const url of urls) {
    const reason = await probe(url);
    if (reason === undefined) return { url, reasons };
    reasons.push(`${redact(url)}: ${reason}`);
  }
  return { reasons };
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * PostgreSQL and Redis for the cluster tests, the way the browser tests get Chromium:
 * DATABASE_URL and REDIS_URL when set (and then only those); otherwise the local ones this
 * machine and CI run; otherwise, as root with apt-get, Debian's packages installed and started;
 * otherwise an error that says how to get them.
 */
export async function findClusterServices(options: FindOptions = {}): Promise<ClusterServices> {
  const env = options.env ?? process.env;
  const databaseUrls = env.DATABASE_URL ? [env.DATABASE_URL] : (options.localDatabaseUrls ?? LOCAL_DATABASE_URLS);
  const redisUrls = [env.REDIS_URL || (options.localRedisUrl ?? LOCAL_REDIS_URL)];

  let database = await firstAnswering(databaseUrls, probePostgres);
  let redis = await firstAnswering(redisUrls, probeRedis);
  let installFailure: string | undefined;
  const chosen = Boolean(env.DATABASE_URL) || Boolean(env.REDIS_URL);
  const install = options.install ?? (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get'));
  if ((!database.url || !redis.url) && !chosen && install) {
    // A server that is there but refused (no `test` database, no such role) is left as it is.
    const postgres = !database.url && !(await listening(databaseUrls[0] ?? '', 5432));
    const redisMissing = !redis.url && !(await listening(redisUrls[0] ?? '', 6379));
    if (postgres || redisMissing) {
      try {
        installAndStart({ postgres, redis: redisMissing });
      } catch (error) {
        // Said below with the rest: what did not answer, then how to get it by hand.
        installFailure = `Installing or starting them failed: ${error instanceof Error ? error.message : error}`;
      }
    }
    // A daemon just started may take a moment to listen.
    for (let tries = 0; tries < 20 && (!database.url || !redis.url); tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      if (!database.url) database = await firstAnswering(databaseUrls, probePostgres);
      if (!redis.url) redis = await firstAnswering(redisUrls, probeRedis);
    }
  }
  if (database.url && redis.url) return { databaseUrl: database.url, redisUrl: redis.url };

  const problems = [
    ...(database.url ? [] : [`PostgreSQL is not usable (${database.reasons.join('; ')})`]),
    ...(redis.url ? [] : [`Redis is not usable (${redis.reasons.join('; ')})`]),
    ...(installFailure ? [installFailure.trim()] : []),
  ];
  throw new Error(`The cluster tests need PostgreSQL and Redis. ${problems.join('. ')}. ${HOW_TO_GET_THEM}`);
}

/** Whether anything accepts a TCP connection at the URL's host and port. */
function listening(url: string, defaultPort: number): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || defaultPort) });
    socket.setTimeout(2000, () => socket.destroy());
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

const sh = (command: string): void => void execSync(command, { stdio: 'inherit' });

/**
 * Debian's packages, started without systemd (containers, CI), PostgreSQL opened to trust on
 * 127.0.0.1 with a `test` database, as on the machines the project runs on. Only ever run
 * when nothing listens on the port, so a running server's configuration is never touched.
 */
function installAndStart(missing: { postgres: boolean; redis: boolean }): void {
  const packages = [missing.postgres ? 'postgresql' : '', missing.redis ? 'redis-server' : ''].filter(Boolean);
  const absent = packages.filter((name) => !isInstalled(name));
  if (absent.length > 0) {
    console.warn(`[cluster] installing Debian’s ${absent.join(' and ')}…`);
    sh(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${absent.join(' ')}`);
  }
  if (missing.redis) sh('redis-server --bind 127.0.0.1 --port 6379 --daemonize yes');
  if (missing.postgres) startPostgres();
}

function isInstalled(name: string): boolean {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Status}', name], { encoding: 'utf8' }).includes('installed');
  } catch {
    return false;
  }
}

function startPostgres(): void {
  const newest = (dir: string): string | undefined =>
    fs.existsSync(dir) ? fs.readdirSync(dir).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  let version = newest('/etc/postgresql');
  if (!version) {
    // Debian makes a `main` cluster when it installs the server, unless told not to.
    version = newest('/usr/lib/postgresql');
    if (!version) throw new Error('[cluster] postgresql is installed, but no server version is in /usr/lib/postgresql');
    sh(`pg_createcluster ${version} main`);
  }
  const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
  const trust = 'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n';
  if (!fs.readFileSync(hba, 'utf8').startsWith(trust)) {
    console.warn(`[cluster] ${hba}: trusting local connections (a test machine's PostgreSQL)`);
    fs.writeFileSync(hba, trust + fs.readFileSync(hba, 'utf8'));
  }
  sh(`pg_ctlcluster ${version} main restart || pg_ctlcluster ${version} main start`);
  sh(
    `psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 || createdb -h 127.0.0.1 -U postgres test`,
  );
}
