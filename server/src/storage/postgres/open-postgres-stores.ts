import pg from 'pg';
import type { PrivateDocStore } from '../private-doc-store.js';
import type { WorkshopStore } from '../workshop-store.js';
import { PostgresDatabase } from './database.js';
import { migrate } from './migrations.js';
import { PostgresPrivateDocStore } from './postgres-private-doc-store.js';
import { PostgresWorkshopStore, type PostgresWorkshopStoreOptions } from './postgres-workshop-store.js';

export interface PostgresStores {
  workshops: WorkshopStore;
  docs: PrivateDocStore;
  /** Runs what is queued, waits for what is under way, then closes every connection. */
  close(): Promise<void>;
}

/**
 * Cluster mode's storage: connects to `url` (`DATABASE_URL`), brings the schema up to date (once,
 * however many processes start together) and returns both stores on one pool.
 */
export async function openPostgresStores(
  url: string,
  options: PostgresWorkshopStoreOptions = {},
): Promise<PostgresStores> {
  const pool = new pg.Pool({ connectionString: url });
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
  return { workshops, docs: new PostgresPrivateDocStore(db), close: () => workshops.close() };
}
