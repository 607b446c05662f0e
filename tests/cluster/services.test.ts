import net from 'node:net';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropRun, freshCluster, newRunId, type FreshCluster } from './isolation.js';
import { redisCommands } from './redis-commands.js';
import { findClusterServices, probePostgres, probeRedis } from './services.js';

const servers: net.Server[] = [];

/** Rows of one statement, on a connection of its own. */
async function query(url: string, sql: string): Promise<pg.QueryResultRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A TCP server on a port of its own that answers every connection with `reply` (or nothing). */
async function fakeServer(reply?: string): Promise<number> {
  const server = net.createServer((socket) => {
    socket.resume(); // read what the client sends, so its close closes this side too
    if (reply === undefined) socket.destroy();
    else socket.end(reply);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const port = await fakeServer();
  await new Promise((resolve) => servers.pop()?.close(resolve));
  return port;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('finding PostgreSQL and Redis', () => {
  it('stops with how to get them when DATABASE_URL points at nothing, and installs nothing', async () => {
    const { redisUrl } = inject('clusterServices');
    const port = await closedPort();
    const found = findClusterServices({
      env: { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test`, REDIS_URL: redisUrl },
      install: true,
    });
    await expect(found).rejects.toThrow(
      /PostgreSQL is not usable \(postgres:\/\/postgres@127\.0\.0\.1:\d+\/test: .*ECONNREFUSED/,
    );
    await expect(found).rejects.toThrow('sudo apt-get install -y postgresql redis-server');
    await expect(found).rejects.toThrow('set DATABASE_URL (postgres://...) and REDIS_URL (redis://...)');
  });

  it('names both when neither answers where this machine runs them and it may not install', async () => {
    const [pg, redis] = [await closedPort(), await closedPort()];
    const found = findClusterServices({
      env: {},
      localDatabaseUrls: [`postgres://postgres@127.0.0.1:${pg}/test`, `postgres://root@127.0.0.1:${pg}/test`],
      localRedisUrl: `redis://127.0.0.1:${redis}`,
      install: false,
    });
    await expect(found).rejects.toThrow(/PostgreSQL is not usable .*postgres@.*root@.*Redis is not usable/);
  });

  it('never shows a password it was given', async () => {
    const port = await closedPort();
    const found = findClusterServices({
      env: {
        DATABASE_URL: `postgres://app:s3cret@127.0.0.1:${port}/test`,
        REDIS_URL: `redis://:hunter2@127.0.0.1:${port}`,
      },
    });
    await expect(found).rejects.toThrow('app:***@');
    await expect(found).rejects.not.toThrow(/s3cret|hunter2/);
  });

  it('tells a server that is not PostgreSQL or not Redis from one that is', async () => {
    const redisLike = await fakeServer('-ERR unknown command\r\n');
    const postgresLike = await fakeServer('E\0\0\0\x08S\0\0\0');
    expect(await probePostgres(`postgres://postgres@127.0.0.1:${redisLike}/test`)).toMatch(/terminated unexpectedly/);
    expect(await probeRedis(`redis://127.0.0.1:${postgresLike}`)).toEqual(expect.any(String));
  });

  it('uses the services it found, and says why a database or a role will not do', async () => {
    const { databaseUrl, redisUrl } = inject('clusterServices');
    expect(await probePostgres(databaseUrl)).toBeUndefined();
    expect(await probeRedis(redisUrl)).toBeUndefined();
    const missing = new URL(databaseUrl);
    missing.pathname = '/cg_no_such_database';
    expect(await probePostgres(missing.toString())).toMatch(/database "cg_no_such_database" does not exist/);
    const role = `cg_t_role_${process.pid}`;
    await query(databaseUrl, `CREATE ROLE ${role} LOGIN NOCREATEDB PASSWORD 'probe'`);
    try {
      const asRole = new URL(databaseUrl);
      asRole.username = role;
      asRole.password = 'probe'; // for a server that asks for one
      expect(await probePostgres(asRole.toString())).toBe(
        'its role may not create databases (the tests make one per file)',
      );
    } finally {
      await query(databaseUrl, `DROP ROLE ${role}`);
    }
  });
});

describe('a fresh cluster per test file', () => {
  let cluster: FreshCluster;
  beforeAll(async () => {
    cluster = await freshCluster('services test');
  });
  afterAll(() => cluster.drop());

  it('is an empty database of its own and a Redis prefix of its own, gone once dropped', async () => {
    expect(cluster.databaseUrl).toMatch(/\/cg_t_[0-9a-f]{6}_services_test_[0-9a-f]{10}$/);
    expect(
      await query(cluster.databaseUrl, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"),
    ).toEqual([{ n: 0 }]);
    await query(cluster.databaseUrl, 'CREATE TABLE mine (id int)');

    const other = await freshCluster('services test');
    expect(other.databaseUrl).not.toBe(cluster.databaseUrl);
    expect(other.redisPrefix).not.toBe(cluster.redisPrefix);
    const key = `${other.redisPrefix}limit`;
    await redisCommands(other.redisUrl, [['SET', key, '1']]);
    await other.drop();

    expect(await redisCommands(other.redisUrl, [['EXISTS', key]])).toEqual([0]);
    await expect(query(other.databaseUrl, 'SELECT 1')).rejects.toMatchObject({ code: '3D000' });
  });

  it('leaves nothing of a run behind once the run is dropped, whatever its files forgot', async () => {
    const services = inject('clusterServices');
    const runId = newRunId();
    const forgotten = [await freshCluster('one', services, runId), await freshCluster('two', services, runId)];
    const key = `${forgotten[0]?.redisPrefix}limit`;
    await redisCommands(services.redisUrl, [['SET', key, '1']]);
    await dropRun(services, runId);
    for (const left of forgotten) expect(await probePostgres(left.databaseUrl)).toMatch(/does not exist/);
    expect(await redisCommands(services.redisUrl, [['EXISTS', key]])).toEqual([0]);
    expect(await probePostgres(cluster.databaseUrl)).toBeUndefined();
  });
});
