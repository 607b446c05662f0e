import crypto from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import { redisCommands } from './redis-commands.js';
import type { ClusterServices } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Found (or installed) once by tests/cluster/global-setup.ts. */
    clusterServices: ClusterServices;
    /** This run's mark, at the start of every database and Redis key it makes. */
    clusterRunId: string;
  }
}

/** What one test file runs its server processes on, shared by nobody else. */
export interface FreshCluster {
  /** A database of its own, created empty: the server's migrations make its schema. */
  databaseUrl: string;
  redisUrl: string;
  /**
   * Every Redis key and channel of this file starts with it. A Redis database index would not
   * do: pub/sub channels (the socket.io adapter's road between processes) ignore SELECT, so two
   * runs on one Redis would hear each other's broadcasts and count each other's processes.
   */
  redisPrefix: string;
  /** Drops the database (closing what is still connected) and deletes the prefix's keys. */
  drop(): Promise<void>;
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A mark for one run of the tests, so its teardown finds what a crashed test file left behind. */
export const newRunId = (): string => crypto.randomBytes(3).toString('hex');

/** Every name a run makes starts with this. */
const runPrefix = (runId: string): string => `cg_t_${runId}_`;

/** A name PostgreSQL and Redis both take as is: lowercase, digits, underscores, random tail. */
function uniqueName(label: string, runId: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  return `${runPrefix(runId)}${slug}_${crypto.randomBytes(5).toString('hex')}`;
}

/** Runs statements one after another on one connection to the database `url` names. */
async function run<R extends pg.QueryResultRow>(url: string, ...sql: string[]): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let rows: R[] = [];
    for (const statement of sql) rows = (await client.query<R>(statement)).rows;
    return rows;
  } finally {
    await client.end();
  }
}

async function dropDatabases(adminUrl: string, names: string[]): Promise<void> {
  await run(adminUrl, ...names.map((name) => `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const script = "for _, key in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', key) end return 0";
  await redisCommands(redisUrl, [['EVAL', script, '0', `${prefix}*`]]);
}

/** Drops every database and Redis key the run made (the global setup's teardown). */
export async function dropRun(services: ClusterServices, runId: string): Promise<void> {
  const prefix = runPrefix(runId);
  const rows = await run<{ datname: string }>(
    services.databaseUrl,
    `SELECT datname FROM pg_database WHERE starts_with(datname, '${prefix}')`,
  );
  const names = rows.map((row) => row.datname);
  await Promise.all([dropDatabases(services.databaseUrl, names), deleteKeys(services.redisUrl, prefix)]);
}

/** Creates an empty database beside the one `adminUrl` names; resolves to its URL and a drop. */
export async function freshDatabase(
  adminUrl: string,
  label: string,
  runId: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = uniqueName(label, runId);
  await run(adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabases(adminUrl, [name]) };
}

/** A key prefix nobody else uses, and a way to delete what was written under it. */
export function freshRedisPrefix(
  label: string,
  runId: string,
): { prefix: string; drop(redisUrl: string): Promise<void> } {
  const prefix = `${uniqueName(label, runId)}:`;
  return { prefix, drop: (redisUrl) => deleteKeys(redisUrl, prefix) };
}

/**
 * For a test file of the `cluster` project: its own database and Redis prefix on the services
 * the global setup found. Call in `beforeAll`, and `drop()` in `afterAll`.
 */
export async function freshCluster(
  label: string,
  services = inject('clusterServices'),
  runId = inject('clusterRunId'),
): Promise<FreshCluster> {
  const database = await freshDatabase(services.databaseUrl, label, runId);
  const redis = freshRedisPrefix(label, runId);
  return {
    databaseUrl: database.url,
    redisUrl: services.redisUrl,
    redisPrefix: redis.prefix,
    async drop() {
      await Promise.all([database.drop(), redis.drop(services.redisUrl)]);
    },
  };
}
