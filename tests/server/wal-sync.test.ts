import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupCommit } from '../../server/src/storage/group-commit.js';
import { openDatabase, type SqliteDatabase } from '../../server/src/storage/sqlite.js';
import { WalSync, type SyncFile } from '../../server/src/storage/wal-sync.js';

/**
 * A power cut cannot be staged here, so the flush is the one part not run for real: each test
 * holds the flushes it asks for and lets them finish when it says, to show that nobody is told
 * of a write before the flush that covers it is done. (A killed process, which the page cache
 * survives, is the durability suite's: tests/durability.)
 */
class HeldFlushes {
  readonly started: Array<() => void> = [];
  readonly sync: SyncFile = (fd, done) => {
    // The real call on the real file descriptor, finished only when the test says so.
    fs.fdatasyncSync(fd);
    this.started.push(() => done(null));
  };
  finishNext(): void {
    const next = this.started.shift();
    if (!next) throw new Error('no flush is running');
    next();
  }
}

const opened: SqliteDatabase[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function database(): SqliteDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-wal-'));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, 'workshops.db'));
  db.exec('CREATE TABLE notes (text TEXT)');
  opened.push(db);
  return db;
}

/** Settles what is already queued on the microtask and immediate queues. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function watch(promise: Promise<void>): { done: boolean } {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
}

describe('flushing the write-ahead log off the event loop', () => {
  it('tells nobody of a grouped commit until the flush after it is done', async () => {
    const db = database();
    const flushes = new HeldFlushes();
    const group = new GroupCommit(db, new WalSync(`${db.name}-wal`, flushes.sync));
    const insert = db.prepare('INSERT INTO notes VALUES (?)');

    group.write(() => insert.run('Dignity'));
    const durable = watch(group.durable());
    await turn();

    // Committed (another reader of the file sees it), but its flush has not finished.
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 1 });
    expect(flushes.started).toHaveLength(1);
    expect(durable.done).toBe(false);
    // A refusal in the next turn waits for the same flush: it may follow that change.
    const refusal = watch(group.durable());
    await turn();
    expect(refusal.done).toBe(false);

    flushes.finishNext();
    await turn();
    expect(durable.done).toBe(true);
    expect(refusal.done).toBe(true);
  });

  it('shares one flush among every write made while another flush runs', async () => {
    const db = database();
    const flushes = new HeldFlushes();
    const wal = new WalSync(`${db.name}-wal`, flushes.sync);
    const insert = db.prepare('INSERT INTO notes VALUES (?)');

    insert.run('first');
    const first = watch(wal.written());
    const later = Array.from({ length: 5 }, (_, i) => {
      insert.run(`later ${i}`);
      return watch(wal.written());
    });
    expect(flushes.started).toHaveLength(1);

    // The running flush may have started before the later writes: they wait for the next one.
    flushes.finishNext();
    await turn();
    expect(first.done).toBe(true);
    expect(later.some((write) => write.done)).toBe(false);
    expect(flushes.started).toHaveLength(1);

    flushes.finishNext();
    await turn();
    expect(later.every((write) => write.done)).toBe(true);
    expect(flushes.started).toHaveLength(0);
  });

  it('asks for no flush when nothing was written since the last one', async () => {
    const db = database();
    const flushes = new HeldFlushes();
    const wal = new WalSync(`${db.name}-wal`, flushes.sync);
    db.prepare('INSERT INTO notes VALUES (?)').run('one');
    const write = watch(wal.written());
    flushes.finishNext();
    await turn();
    expect(write.done).toBe(true);

    await wal.settled();
    expect(flushes.started).toHaveLength(0);
  });

  it('flushes the real file with the real call when none is given', async () => {
    const db = database();
    const wal = new WalSync(`${db.name}-wal`);
    db.prepare('INSERT INTO notes VALUES (?)').run('kept');
    await wal.written();
    await wal.close();
    db.close();
    opened.splice(0);

    const again = openDatabase(db.name);
    opened.push(again);
    expect(again.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'kept' }]);
  });
});
