import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openPostgresStores, openSqliteStores, type Logger, type PostgresStores } from '@common-ground/server';
import type { SequencedEvent } from '@common-ground/shared';
import { freshSchema, queryIn } from './postgres-database.js';

/** Both stores and how to stop them: what openSqliteStores and openPostgresStores both return. */
export type Stores = PostgresStores;
type Open = (options?: { log?: Logger }) => Promise<Stores>;

/** One empty database (a file, a schema), and what a test needs to do behind the stores' backs. */
export interface Place {
  /** Opens stores on it; several times over for a restart (or, for PostgreSQL, another process). */
  open: Open;
  /** Replaces a stored workshop's state, as a hand edit or a bug might. */
  damage(code: string, state: string): Promise<void>;
  /** The events stored for a workshop, in seq order. */
  events(code: string): Promise<SequencedEvent[]>;
  /** Closes whatever the test left open and deletes the database. */
  dispose(): Promise<void>;
}

export interface Backend {
  name: string;
  place(): Promise<Place>;
}

interface EventRow {
  seq: number | string;
  at: number | string;
  event: string;
}

function sequenced(rows: EventRow[]): SequencedEvent[] {
  return rows.map((row) => ({
    seq: Number(row.seq),
    at: Number(row.at),
    event: JSON.parse(row.event) as SequencedEvent['event'],
  }));
}

/** Every store opened on a place, closed when the test ends even if it failed halfway. */
function tracked(open: Open): { open: Open; closeAll(): Promise<void> } {
  const opened: Stores[] = [];
  return {
    open: async (options) => {
      const stores = await open(options);
      let closing: Promise<void> | undefined;
      const once = { ...stores, close: () => (closing ??= stores.close()) };
      opened.push(once);
      return once;
    },
    closeAll: async () => {
      await Promise.all(opened.map((stores) => stores.close()));
    },
  };
}

const sqlite: Backend = {
  name: 'SQLite',
  place: async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'common-ground-contract-'));
    const file = path.join(dir, 'common-ground.sqlite');
    const { open, closeAll } = tracked(async (options) => openSqliteStores(file, options));
    const withDb = <T>(work: (db: Database.Database) => T): T => {
      const db = new Database(file);
      try {
        return work(db);
      } finally {
        db.close();
      }
    };
    return {
      open,
      damage: async (code, state) => {
        withDb((db) => db.prepare('UPDATE workshops SET state = ? WHERE code = ?').run(state, code));
      },
      events: async (code) =>
        withDb((db) =>
          sequenced(
            db
              .prepare('SELECT seq, at, event FROM events WHERE workshop_code = ? ORDER BY seq')
              .all(code) as EventRow[],
          ),
        ),
      dispose: async () => {
        await closeAll();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: Backend = {
  name: 'PostgreSQL',
  place: async () => {
    const schema = await freshSchema();
    const { open, closeAll } = tracked((options) => openPostgresStores(schema.url, options ?? {}));
    return {
      open,
      damage: async (code, state) => {
        await queryIn(schema, 'UPDATE workshops SET state = $1 WHERE code = $2', [state, code]);
      },
      events: async (code) =>
        sequenced(
          await queryIn<EventRow>(schema, 'SELECT seq, at, event FROM events WHERE workshop_code = $1 ORDER BY seq', [
            code,
          ]),
        ),
      dispose: async () => {
        await closeAll();
        await schema.drop();
      },
    };
  },
};

/** Every implementation of the stores: the contract runs against each. */
export const BACKENDS: readonly Backend[] = [sqlite, postgres];
