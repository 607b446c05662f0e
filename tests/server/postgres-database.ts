import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where this machine's PostgreSQL answers when `DATABASE_URL` is not set (trust auth, database `test`). */
const LOCAL_URLS = ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];

const HOW_TO_GET_IT = `These tests need PostgreSQL. Set DATABASE_URL (postgres://user@host:5432/database, a user
that may create schemas), or run one on 127.0.0.1:5432 with a database "test" that the user
"postgres" may reach without a password, for example on Debian:
  sudo apt-get install -y postgresql
  sudo -u postgres createdb test   (and "trust" for 127.0.0.1 in pg_hba.conf)`;

/** A schema of its own, and the URL that makes it the default for every connection. */
export interface TestSchema {
  url: string;
  name: string;
  drop(): Promise<void>;
}

let base: Promise<string> | undefined;

/** The database the tests may use, found once per test file. */
function baseUrl(): Promise<string> {
  base ??= (async () => {
    const given = process.env.DATABASE_URL;
    const candidates = given ? [given] : LOCAL_URLS;
    const problems: string[] = [];
    for (const url of candidates) {
      const problem = await reach(url);
      if (!problem) return url;
      problems.push(`${url.replace(/\/\/[^@]*@/, '//…@')}: ${problem}`);
    }
    throw new Error(`${HOW_TO_GET_IT}\n(tried ${problems.join('; ')})`);
  })();
  return base;
}

async function reach(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
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
