import type { WorkshopState } from '@common-ground/shared';
import type { PoolClient } from 'pg';
import type { Logger } from '../../logger.js';
import { readStoredState, unreadableReason } from '../stored-state.js';
import type { Decision, UnreadableWorkshop, WorkshopRecord, WorkshopStore } from '../workshop-store.js';
import { CLOCKS_THAT_MAY_ADVANCE } from './clocks-that-may-advance.js';
import type { PostgresDatabase } from './database.js';
import { KeyedBatches } from './keyed-batches.js';
import { DEFAULT_IDLE_MS, WorkshopCopies } from '../workshop-copies.js';
import { WorkshopWrites } from './workshop-writes.js';

export interface PostgresWorkshopStoreOptions {
  /** Where a stored workshop that cannot be read is reported, when it is first asked for. */
  log?: Logger;
  /** How long a copy nobody uses stays in memory (DEFAULT_IDLE_MS). */
  idleMs?: number;
  now?: () => number;
}

/** An update waiting for its batch. */
interface Pending {
  commandId: string | undefined;
  decide: (workshop: WorkshopRecord, earlier: unknown) => Decision<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The stored row, with its state only when it is not the seq the caller already holds. */
interface Row {
  facilitator_token_hash: string;
  state: string | null;
}

/** `$2` is the seq of this process's copy: the state travels (and is parsed) only when it has moved on. */
const READ = `SELECT facilitator_token_hash, CASE WHEN seq = $2 THEN NULL ELSE state END AS state
  FROM workshops WHERE code = $1`;
// The row lock holds off every other writer of the workshop, in every process, until COMMIT.
const LOCK = `${READ} FOR UPDATE`;

/** Enough to gather a burst into one transaction, few enough that the row lock is never held long. */
const MAX_BATCH = 200;

/**
 * Workshops in PostgreSQL, for several processes at once: the database is the authority. Each
 * update runs under the workshop's row lock, in a transaction with the other updates of that
 * workshop that queued meanwhile in this process, and resolves only after COMMIT.
 */
export class PostgresWorkshopStore implements WorkshopStore {
  private readonly cache: WorkshopCopies;
  private readonly batches = new KeyedBatches<Pending>((code, take) => this.runBatch(code, take), MAX_BATCH);
  /** Reads under way, shared by everyone asking for the same workshop meanwhile (a room reconnecting). */
  private readonly reads = new Map<string, Promise<WorkshopRecord | undefined>>();
  private closing: Promise<void> | undefined;

  constructor(
    private readonly db: PostgresDatabase,
    options: PostgresWorkshopStoreOptions = {},
  ) {
    this.cache = new WorkshopCopies(options.now ?? Date.now, options.idleMs ?? DEFAULT_IDLE_MS, options.log);
  }

  async insert(state: WorkshopState, facilitatorTokenHash: string, projectorTokenHash: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `INSERT INTO workshops (code, facilitator_token_hash, projector_token_hash, state, seq, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING`,
      [state.code, facilitatorTokenHash, projectorTokenHash, JSON.stringify(state), state.seq, state.createdAt],
    );
    if (rowCount !== 1) return false;
    this.cache.keep(state.code, { state, facilitatorTokenHash });
    return true;
  }

  read(code: string): Promise<WorkshopRecord | undefined> {
    if (this.cache.isUnreadable(code)) return Promise.resolve(undefined);
    const under = this.reads.get(code);
    if (under) return under;
    const reading = this.readStored(code).finally(() => this.reads.delete(code));
    this.reads.set(code, reading);
    return reading;
  }

  update<T>(
    code: string,
    commandId: string | undefined,
    decide: (workshop: WorkshopRecord, earlier: unknown) => Decision<T>,
  ): Promise<T | undefined> {
    if (this.closing) return Promise.reject(new Error('the workshop store is closed'));
    if (this.cache.isUnreadable(code)) return Promise.resolve(undefined);
    return new Promise<T | undefined>((resolve, reject) => {
      this.batches.add(code, { commandId, decide, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  async participantTokenHash(code: string, participantId: string): Promise<string | undefined> {
    const { rows } = await this.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM participant_tokens WHERE workshop_code = $1 AND participant_id = $2',
      [code, participantId],
    );
    return rows[0]?.token_hash;
  }

  async projectorTokenHash(code: string): Promise<string | null> {
    const { rows } = await this.db.query<{ projector_token_hash: string | null }>(
      'SELECT projector_token_hash FROM workshops WHERE code = $1',
      [code],
    );
    return rows[0]?.projector_token_hash ?? null;
  }

  async setProjectorTokenHash(code: string, projectorTokenHash: string): Promise<void> {
    await this.db.query('UPDATE workshops SET projector_token_hash = $1 WHERE code = $2', [projectorTokenHash, code]);
  }

  async codesWithClockThatMayAdvance(): Promise<string[]> {
    const { rows } = await this.db.query<{ code: string }>(CLOCKS_THAT_MAY_ADVANCE, []);
    return rows.map((row) => row.code);
  }

  async count(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM workshops', []);
    return rows[0]?.n ?? 0;
  }

  hold(code: string): void {
    this.cache.hold(code);
  }

  release(code: string): void {
    this.cache.release(code);
  }

  evictIdle(mustStay: (state: WorkshopState) => boolean): number {
    // A workshop with a batch in flight stays: its copy is about to be replaced.
    return this.cache.evictIdle((code, state) => this.batches.busy(code) || mustStay(state));
  }

  get loadedCount(): number {
    return this.cache.size;
  }

  unreadableSeen(): UnreadableWorkshop[] {
    return this.cache.unreadableSeen();
  }

  /** Runs every batch already queued (their callers are waiting for them), then closes the pool. */
  close(): Promise<void> {
    this.closing ??= this.batches.drained().then(() => this.db.end());
    return this.closing;
  }

  private async readStored(code: string): Promise<WorkshopRecord | undefined> {
    const copy = this.cache.get(code);
    const { rows } = await this.db.query<Row>(READ, [code, copy?.state.seq ?? -1]);
    const row = rows[0];
    if (!row) {
      this.cache.drop(code);
      return undefined;
    }
    return this.recordOf(code, row, copy);
  }

  /**
   * The row as a workshop: this process's copy when the seq is still its own, else the state
   * parsed and upgraded, and kept. Undefined when it does not read (reported once).
   */
  private recordOf(code: string, row: Row, copy: WorkshopRecord | undefined): WorkshopRecord | undefined {
    if (row.state === null && copy) return this.cache.keep(code, copy);
    const state = readStoredState(row.state ?? '');
    if (!state.ok) {
      this.cache.markUnreadable(code, unreadableReason(state));
      return undefined;
    }
    return this.cache.keep(code, { state: state.data, facilitatorTokenHash: row.facilitator_token_hash });
  }

  /**
   * One transaction for the batch: lock the row, find the answers already given to its commands,
   * decide each change in order on the state the previous one left, write them all, COMMIT, and
   * only then answer. A failure answers nobody (every promise of the batch rejects) and forgets
   * the copy, since nobody knows what the database holds now. Never throws.
   */
  private async runBatch(code: string, take: () => Pending[]): Promise<void> {
    let batch: Pending[] | undefined;
    try {
      const { record, answers } = await this.db.transaction(async (client) => {
        const copy = this.cache.get(code);
        const { rows } = await client.query<Row>(LOCK, [code, copy?.state.seq ?? -1]);
        batch = take();
        const row = rows[0];
        const found = row ? this.recordOf(code, row, copy) : undefined;
        if (!found) return { record: undefined, answers: batch.map((pending) => [pending, undefined] as const) };
        return this.decideAll(client, code, found, batch);
      });
      if (record) this.cache.keep(code, record);
      for (const [pending, value] of answers) pending.resolve(value);
    } catch (error) {
      this.cache.drop(code);
      for (const pending of batch ?? take()) pending.reject(error);
    }
  }

  private async decideAll(
    client: PoolClient,
    code: string,
    start: WorkshopRecord,
    batch: Pending[],
  ): Promise<{ record: WorkshopRecord; answers: Array<readonly [Pending, unknown]> }> {
    const earlier = await answersGiven(client, code, batch);
    const writes = new WorkshopWrites(code);
    const answers: Array<readonly [Pending, unknown]> = [];
    let record = start;
    for (const pending of batch) {
      try {
        const { commit, value } = pending.decide(
          record,
          pending.commandId === undefined ? undefined : earlier.get(pending.commandId),
        );
        if (commit) {
          writes.add(record.state, commit);
          record = { ...record, state: commit.state };
          // A retry queued in the same batch finds the answer given a moment ago.
          if (commit.commandId !== undefined) earlier.set(commit.commandId, commit.result ?? null);
        }
        answers.push([pending, value]);
      } catch (error) {
        // Its own fault (a decide that threw, a commit out of order): nothing of it is written,
        // and the rest of the batch goes on.
        pending.reject(error);
      }
    }
    const statement = writes.statement();
    if (statement) await client.query(statement.text, statement.values);
    return { record, answers };
  }
}

/** The answers already given to the batch's commands, read after the lock so none committed before it is missed. */
async function answersGiven(client: PoolClient, code: string, batch: Pending[]): Promise<Map<string, unknown>> {
  const ids = batch.flatMap((pending) => (pending.commandId === undefined ? [] : [pending.commandId]));
  const answers = new Map<string, unknown>();
  if (ids.length === 0) return answers;
  const { rows } = await client.query<{ command_id: string; result: string }>(
    'SELECT command_id, result FROM commands WHERE workshop_code = $1 AND command_id = ANY($2::text[])',
    [code, ids],
  );
  for (const row of rows) answers.set(row.command_id, JSON.parse(row.result) as unknown);
  return answers;
}
