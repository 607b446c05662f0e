import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { findClusterServices } from '../cluster/services.js';

/** A schema of its own, and the URL that makes it the default for every connection. */
export interface TestSchema {
  url: string;
  name: string;
  drop(): Promise<void>;
}

let base: Promise<string> | undefined;

/**
 * The database the tests may use, found once per test file the way the cluster tests find it
 * (tests/cluster/services.ts): DATABASE_URL, else this machine's, else installed, else a plain
 * message saying how to get PostgreSQL.
 */
function baseUrl(): Promise<string> {
  base ??= findClusterServices().then((services) => services.databaseUrl);
  return base;
}

async function run(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh schema in the test database, so test files running side by side (and the cases in one
 * file) never see each other's workshops; every connection made with `url` works in it alone.
 */
export async function freshSchema(): Promise<TestSchema> {
  const url = await baseUrl();
  const name = `cg_test_${randomBytes(6).toString('hex')}`;
  await run(url, `CREATE SCHEMA ${name}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${name}`);
  return { url: scoped.toString(), name, drop: () => run(url, `DROP SCHEMA ${name} CASCADE`) };
}

/** Runs one statement in the schema, behind the stores' backs (to damage a row, or read what they wrote). */
export async function queryIn<R extends pg.QueryResultRow>(
  schema: TestSchema,
  sql: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: schema.url });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
