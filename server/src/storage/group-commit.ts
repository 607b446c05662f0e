import type { SqliteDatabase } from './sqlite.js';
import type { WalSync } from './wal-sync.js';

/**
 * Writes that arrive in the same turn of the event loop, committed together in one transaction:
 * one fsync for a whole burst of commands instead of one each. A caller queues its write and
 * waits for `durable()` before it tells anyone (ack or broadcast), so nothing is acknowledged
 * before it is on disk, exactly as with one transaction per command. The transaction hands its
 * pages to the OS; `wal` flushes them to the disk off the event loop, and the batch is durable
 * when that flush is done.
 *
 * A failed commit cannot be taken back in memory (the workshops have already moved on), so it
 * is thrown where nothing catches it: the process stops, and a restart reloads what is on disk.
 * The screens still hold the commands nobody acknowledged and send them again (PostgreSQL's
 * answer to a failed fsync, for the same reason).
 */
export class GroupCommit {
  private writes: Array<() => void> = [];
  private batch: { promise: Promise<void>; resolve: () => void } | undefined;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly wal: WalSync,
  ) {}

  /** Queues a write for the next commit, which runs once this turn's messages are all handled. */
  write(work: () => void): void {
    this.writes.push(work);
    if (this.batch) return;
    let resolve = (): void => undefined;
    const promise = new Promise<void>((done) => (resolve = done));
    this.batch = { promise, resolve };
    setImmediate(() => this.commit());
  }

  /** Resolves once every write queued so far is on disk (at once if none is waiting). */
  durable(): Promise<void> {
    return this.batch?.promise ?? this.wal.settled();
  }

  /** Commits what is queued now, in one transaction. Also for shutting down. */
  commit(): void {
    const { writes, batch } = this;
    if (!batch) return;
    this.writes = [];
    this.batch = undefined;
    // Closed while shutting down: nobody was told of these writes (everyone waits for this
    // commit), so dropping them loses nothing anyone was promised.
    if (!this.db.open) return;
    this.db.transaction(() => {
      for (const work of writes) work();
    })();
    void this.wal.written().then(batch.resolve);
  }
}
