import crypto from 'node:crypto';
import pg from 'pg';
import { redisCommands } from '../cluster/redis-commands.js';
import { findClusterServices, type ClusterServices } from '../cluster/services.js';
import { startCommonGround, type ServerUnderTest } from './processes.js';

/**
 * Cluster mode for the bench: the built server as several processes on one PostgreSQL and one
 * Redis, each run on a database and a Redis prefix of its own, both dropped afterwards.
 */

/** Several processes serving as one: a url and a pid each, stopped together. */
export interface ServerGroup {
  urls: string[];
  pids: number[];
  stop(): Promise<void>;
}

/** One process alone, as a group of one. */
export async function single(start: () => Promise<ServerUnderTest>): Promise<ServerGroup> {
  const server = await start();
  return { urls: [server.url], pids: [server.pid], stop: () => server.stop() };
}

/**
 * PostgreSQL and Redis: DATABASE_URL and REDIS_URL when set, otherwise this machine's
 * (127.0.0.1:5432 and :6379). Nothing is installed; when neither answers, the error says how to
 * get them, or to skip the level with `BENCH_CLUSTER_LEVELS=`.
 */
export async function clusterServices(): Promise<ClusterServices> {
  try {
    return await findClusterServices({ install: false });
  } catch (error) {
    throw new Error(`${(error as Error).message} (BENCH_CLUSTER_LEVELS= skips the two-process level)`);
  }
}

async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** `count` built servers in cluster mode on a fresh database and prefix; stop() drops both. */
export async function startCluster(services: ClusterServices, count: number): Promise<ServerGroup> {
  const name = `cg_bench_${crypto.randomBytes(5).toString('hex')}`;
  const prefix = `${name}:`;
  await sql(services.databaseUrl, `CREATE DATABASE "${name}"`);
  const databaseUrl = new URL(services.databaseUrl);
  databaseUrl.pathname = `/${name}`;
  const drop = async (): Promise<void> => {
    const script = "for _, key in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', key) end return 0";
    await Promise.all([
      sql(services.databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      redisCommands(services.redisUrl, [['EVAL', script, '0', `${prefix}*`]]),
    ]);
  };
  const env = { DATABASE_URL: databaseUrl.toString(), REDIS_URL: services.redisUrl, REDIS_PREFIX: prefix };
  // One after the other: each migrates the schema on start, and the second finds it done.
  const servers: ServerUnderTest[] = [];
  try {
    for (let i = 0; i < count; i += 1) servers.push(await startCommonGround(env));
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    await drop();
    throw error;
  }
  return {
    urls: servers.map((server) => server.url),
    pids: servers.map((server) => server.pid),
    async stop() {
      await Promise.all(servers.map((server) => server.stop()));
      await drop();
    },
  };
}
