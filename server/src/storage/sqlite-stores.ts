import type { Logger } from '../logger.js';
import { PrivateDocRepository } from './private-doc-repository.js';
import type { PrivateDocStore } from './private-doc-store.js';
import { SqlitePrivateDocStore } from './sqlite-private-doc-store.js';
import { SqliteWorkshopStore } from './sqlite-workshop-store.js';
import { openDatabase } from './sqlite.js';
import { WalSync } from './wal-sync.js';
import { WorkshopRepository } from './workshop-repository.js';
import type { WorkshopStore } from './workshop-store.js';

/** Both stores of one server, on one database, and how to close them together. */
export interface Stores {
  workshops: WorkshopStore;
  docs: PrivateDocStore;
  /** Resolves once every write made so far is on disk (a test's way to wait for a flush). */
  settled(): Promise<void>;
  /** Writes what is queued, then lets go of the database. */
  close(): Promise<void>;
}

export interface SqliteStoreOptions {
  log?: Logger;
  /** The clock that says when a workshop was last used (tests bring their own). */
  now?: () => number;
  /** How long a workshop nobody uses stays in memory. */
  idleMs?: number;
}

/** The default: one SQLite file, created and migrated if it is new (see sqlite.ts). */
export function openSqliteStores(file: string, options: SqliteStoreOptions = {}): Stores {
  const db = openDatabase(file);
  const wal = new WalSync(db.memory ? undefined : `${db.name}-wal`);
  const workshops = new SqliteWorkshopStore(new WorkshopRepository(db, wal), options.now ?? Date.now, options);
  return {
    workshops,
    docs: new SqlitePrivateDocStore(new PrivateDocRepository(db, wal)),
    settled: () => wal.settled(),
    close: async () => {
      await workshops.close();
      await wal.close();
      db.close();
    },
  };
}
