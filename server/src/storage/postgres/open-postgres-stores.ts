import pg from 'pg';
import type { Stores } from '../sqlite-stores.js';
import { PostgresDatabase } from './database.js';
import { migrate } from './migrations.js';
import { PostgresPrivateDocStore } from './postgres-private-doc-store.js';
import { PostgresWorkshopStore, type PostgresWorkshopStoreOptions } from './postgres-workshop-store.js';

/** How long a transaction of ours may sit idle before PostgreSQL ends its session (see below). */
const IDLE_IN_TRANSACTION = '30s';

/**
 * Cluster mode's storage: connects to `url` (`DATABASE_URL`), brings the schema up to date (once,
 * however many processes start together) and returns both stores on one pool. Their close()
 * runs what is queued, waits for what is under way, then closes every connection.
 */
export async function openPostgresStores(url: string, options: PostgresWorkshopStoreOptions = {}): Promise<Stores> {
  // Settings in `url` win over these (pg reads the connection string last).
  const pool = new pg.Pool({
    connectionString: url,
    application_name: 'common-ground',
    keepAlive: true,
    // A process frozen inside a transaction (stopped, swapped out, cut off without a reset) would
    // hold its workshop's row lock, and so every other process's writers, for as long as its
    // connection looks alive. Our transactions never idle between statements for more than a
    // moment, so past this PostgreSQL ends the session and the lock goes with it. Sent when the
    // connection opens, so no query of ours runs before it.
    options: `-c idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION}`,
  });
  // A connection that breaks while idle in the pool is reported here; without a listener the
  // process would stop. The pool replaces it, and a query that was using it fails on its own.
  pool.on('error', (error) => options.log?.warn({ err: error }, 'a PostgreSQL connection broke while idle'));
  const db = new PostgresDatabase(pool);
  try {
    const applied = await migrate(db);
    if (applied.length > 0) options.log?.info({ versions: applied }, 'PostgreSQL schema migrated');
  } catch (error) {
    await db.end();
    throw error;
  }
  const workshops = new PostgresWorkshopStore(db, options);
  return {
    workshops,
    docs: new PostgresPrivateDocStore(db),
    // Each write here waits for its own COMMIT: nothing is ever written and not yet durable.
    settled: () => Promise.resolve(),
    close: () => workshops.close(),
  };
}
