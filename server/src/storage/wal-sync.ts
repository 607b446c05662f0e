import fs from 'node:fs';

/** Flushes one open file to the disk, calling back when done (fs.fdatasync, or a test's own). */
export type SyncFile = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void;

interface PendingSync {
  promise: Promise<void>;
  resolve: () => void;
}

/**
 * Makes SQLite's write-ahead log durable off the event loop. The database runs WAL with
 * synchronous=NORMAL, so a commit only hands its pages to the OS; this flushes the WAL file
 * with fdatasync on libuv's thread pool, and says when. A caller reports each write with
 * `written()` and tells nobody of it before that promise resolves: the same promise as
 * synchronous=FULL, which made the event loop itself wait for the disk at every commit (the
 * largest share of the server's time under load, issue 12's profile).
 *
 * At most one flush runs and one waits: every write reported while a flush runs shares the next
 * one, so a busy second costs a few flushes, not one per write. A flush covers every write the
 * process made before it started, whoever made it. SQLite still syncs the WAL before a
 * checkpoint copies it into the database file, and the database after (synchronous=NORMAL).
 *
 * A flush that fails cannot be retried safely (the kernel may have dropped the pages it could not
 * write), so it stops the process; a restart recovers what is on disk, and the screens send
 * again what nobody acknowledged (PostgreSQL's answer to a failed fsync, for the same reason).
 */
export class WalSync {
  private fd: number | undefined;
  private running: PendingSync | undefined;
  private waiting: PendingSync | undefined;

  /** `walFile` undefined: an in-memory database, where nothing is ever on disk to wait for. */
  constructor(
    private readonly walFile: string | undefined,
    private readonly syncFile: SyncFile = fs.fdatasync,
  ) {}

  /** Resolves once the writes made so far are on disk: a flush that starts after them. */
  written(): Promise<void> {
    if (this.walFile === undefined) return Promise.resolve();
    if (!this.running) return this.start().promise;
    this.waiting ??= pending();
    return this.waiting.promise;
  }

  /** Resolves once every write already reported is on disk, without asking for a flush of its own. */
  settled(): Promise<void> {
    return (this.waiting ?? this.running)?.promise ?? Promise.resolve();
  }

  /** Waits for the flushes under way, then lets go of the file: before the database closes. */
  async close(): Promise<void> {
    await this.settled();
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private start(from: PendingSync = pending()): PendingSync {
    this.running = from;
    // Opened on the first flush: the WAL file exists once a first write has been made.
    this.fd ??= fs.openSync(this.walFile as string, 'r+');
    this.syncFile(this.fd, (error) => {
      if (error) {
        process.nextTick(() => {
          throw error;
        });
        return;
      }
      from.resolve();
      this.running = undefined;
      const next = this.waiting;
      this.waiting = undefined;
      if (next) this.start(next);
    });
    return from;
  }
}

function pending(): PendingSync {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
