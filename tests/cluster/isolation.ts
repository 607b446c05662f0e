import crypto from 'node:crypto';
import { inject } from 'vitest';
import { connectPg } from './pg-wire.js';
import { redisCommands } from './redis-wire.js';
import type { ClusterServices } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Found (or installed) once by tests/cluster/global-setup.ts. */
    clusterServices: ClusterServices;
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

/** A name PostgreSQL and Redis both take as is: lowercase, digits, underscores, random tail. */
function uniqueName(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 40);
  return `cg_t_${slug}_${crypto.randomBytes(5).toString('hex')}`;
}

/** Creates an empty database beside the one `adminUrl` names; resolves to its URL and a drop. */
export async function freshDatabase(adminUrl: string, label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = uniqueName(label);
  const session = await connectPg(adminUrl);
  try {
    await session.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    session.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const admin = await connectPg(adminUrl);
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } finally {
        admin.close();
      }
    },
  };
}

/** A key prefix nobody else uses, and a way to delete what was written under it. */
export function freshRedisPrefix(label: string): { prefix: string; drop(redisUrl: string): Promise<void> } {
  const prefix = `${uniqueName(label)}:`;
  return {
    prefix,
    async drop(redisUrl) {
      const script = "for _, key in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', key) end return 0";
      await redisCommands(redisUrl, [['EVAL', script, '0', `${prefix}*`]]);
    },
  };
}

/**
 * For a test file of the `cluster` project: its own database and Redis prefix on the services
 * the global setup found. Call in `beforeAll`, and `drop()` in `afterAll`.
 */
export async function freshCluster(label: string, services = inject('clusterServices')): Promise<FreshCluster> {
  const database = await freshDatabase(services.databaseUrl, label);
  const redis = freshRedisPrefix(label);
  return {
    databaseUrl: database.url,
    redisUrl: services.redisUrl,
    redisPrefix: redis.prefix,
    async drop() {
      await Promise.all([database.drop(), redis.drop(services.redisUrl)]);
    },
  };
}
