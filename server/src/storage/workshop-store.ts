import type { SequencedEvent, WorkshopState } from '@common-ground/shared';

/** A workshop as its authority needs it: the state, and the hash of its facilitator's key. */
export interface WorkshopRecord {
  state: WorkshopState;
  facilitatorTokenHash: string;
}

/** A stored workshop that could not be read, and why. */
export interface UnreadableWorkshop {
  code: string;
  reason: string;
}

/** Everything one accepted change writes, in one transaction with whatever else its batch holds. */
export interface Commit {
  events: SequencedEvent[];
  state: WorkshopState;
  /** Absent for what the server decides by itself, such as a sub-phase ending. */
  commandId?: string;
  result?: unknown;
  participantToken?: { participantId: string; tokenHash: string };
}

/** What a change decided: what to write (nothing for a refusal or a retry) and what to answer. */
export interface Decision<T> {
  commit?: Commit;
  value: T;
}

/**
 * Where workshops live, behind one interface with two implementations that pass the same tests
 * (tests/server/storage-contract.test.ts):
 *
 * - SQLite (the default): one process, whose memory is the authority; changes are committed a
 *   turn of the event loop at a time (storage/sqlite-workshop-store.ts).
 * - PostgreSQL (cluster mode, `DATABASE_URL`): any number of processes; the database is the
 *   authority and each change runs under the workshop's row lock (storage/postgres/).
 *
 * Every method that may touch the disk answers with a promise: the callers are the same for both.
 */
export interface WorkshopStore {
  /** Stores a new workshop; false when its code is already taken, so the caller can draw another. */
  insert(state: WorkshopState, facilitatorTokenHash: string, projectorTokenHash: string): Promise<boolean>;

  /**
   * The workshop as last committed by any process; undefined when unknown or unreadable (an
   * unreadable one is reported once, and left in the database for inspection).
   */
  read(code: string): Promise<WorkshopRecord | undefined>;

  /**
   * Decides a change on the workshop's latest state with every other writer of that workshop held
   * off, in every process: `decide` runs once, synchronously, and sees `earlier`, the answer already
   * given to `commandId` if that command was applied before (a retry). Its commit is written in
   * order (seq without gap or repeat), and the promise resolves only once it is durable: nobody
   * may hear of a change before. Undefined when the workshop is unknown.
   */
  update<T>(
    code: string,
    commandId: string | undefined,
    decide: (workshop: WorkshopRecord, earlier: unknown) => Decision<T>,
  ): Promise<T | undefined>;

  /** The hash of a participant's rejoin key, once their join is committed. */
  participantTokenHash(code: string, participantId: string): Promise<string | undefined>;
  /** Null for a workshop made before projector keys existed. */
  projectorTokenHash(code: string): Promise<string | null>;
  setProjectorTokenHash(code: string, projectorTokenHash: string): Promise<void>;

  /** Every stored workshop whose clock may move by itself (and perhaps a few more). */
  codesWithClockThatMayAdvance(): Promise<string[]>;
  /** How many workshops are stored, readable or not. */
  count(): Promise<number>;

  /** A screen entered the workshop: its copy in memory stays while any screen holds it. */
  hold(code: string): void;
  release(code: string): void;
  /** Lets go of the copies in memory nobody used for the idle time, unless `mustStay`; how many went. */
  evictIdle(mustStay: (state: WorkshopState) => boolean): number;
  /** The workshops held in memory now. */
  readonly loadedCount: number;
  /** Stored workshops found unreadable so far. */
  unreadableSeen(): UnreadableWorkshop[];

  /** Writes whatever is queued and lets go of the connection: before the process stops. */
  close(): Promise<void>;
}
