import type { WorkshopState } from '@common-ground/shared';
import { CLOCKS_THAT_MAY_ADVANCE } from './clocks-that-may-advance.js';
import { CommandLog } from './command-log.js';
import { GroupCommit } from './group-commit.js';
import type { SqliteDatabase } from './sqlite.js';
import type { WalSync } from './wal-sync.js';
import { readStoredState, unreadableReason } from './stored-state.js';
import type { Commit, WorkshopRecord } from './workshop-store.js';

/** One stored workshop as read by `load`: sound, unreadable (and why), or not there at all. */
export type LoadedRow =
  { status: 'loaded'; workshop: WorkshopRecord } | { status: 'unreadable'; reason: string } | { status: 'missing' };

/**
 * The workshop's durable record: its latest state, its event log, and the commands already
 * applied. Commits are grouped (see GroupCommit): `durable()` says when they are on disk.
 */
export class WorkshopRepository {
  private readonly statements;
  private readonly commands: CommandLog;
  private readonly group: GroupCommit;
  /** The latest state of each workshop changed in the commit being gathered: written once, however many commands. */
  private readonly unwrittenStates = new Map<string, WorkshopState>();
  /** Rejoin keys of people who joined in the commit being gathered. */
  private readonly unwrittenTokens = new Map<string, string>();

  constructor(
    db: SqliteDatabase,
    private readonly wal: WalSync,
  ) {
    this.commands = new CommandLog(db);
    this.group = new GroupCommit(db, wal);
    this.statements = {
      insertWorkshop: db.prepare(
        'INSERT OR IGNORE INTO workshops (code, facilitator_token_hash, projector_token_hash, state, seq, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      findProjectorHash: db.prepare('SELECT projector_token_hash FROM workshops WHERE code = ?'),
      setProjectorHash: db.prepare('UPDATE workshops SET projector_token_hash = ? WHERE code = ?'),
      oneWorkshop: db.prepare('SELECT state, facilitator_token_hash FROM workshops WHERE code = ?'),
      countWorkshops: db.prepare('SELECT count(*) AS n FROM workshops'),
      clocksThatMayAdvance: db.prepare(CLOCKS_THAT_MAY_ADVANCE),
      updateState: db.prepare('UPDATE workshops SET state = ?, seq = ? WHERE code = ?'),
      insertEvent: db.prepare('INSERT INTO events (workshop_code, seq, at, event) VALUES (?, ?, ?, ?)'),
      insertToken: db.prepare(
        'INSERT INTO participant_tokens (workshop_code, participant_id, token_hash) VALUES (?, ?, ?)',
      ),
      findToken: db.prepare('SELECT token_hash FROM participant_tokens WHERE workshop_code = ? AND participant_id = ?'),
    };
  }

  /** False when the code is already taken, so the caller can draw another; true once the new workshop is on disk. */
  insertWorkshop(state: WorkshopState, facilitatorTokenHash: string, projectorTokenHash: string): Promise<boolean> {
    const info = this.statements.insertWorkshop.run(
      state.code,
      facilitatorTokenHash,
      projectorTokenHash,
      JSON.stringify(state),
      state.seq,
      state.createdAt,
    );
    if (info.changes !== 1) return Promise.resolve(false);
    return this.wal.written().then(() => true);
  }

  /**
   * One stored workshop. One that does not read as sound (damaged by hand, or written by a bug)
   * is reported as unreadable and left in the database untouched, for inspection: one bad
   * workshop must never keep the others from being served.
   */
  load(code: string): LoadedRow {
    const row = this.statements.oneWorkshop.get(code) as { state: string; facilitator_token_hash: string } | undefined;
    if (!row) return { status: 'missing' };
    const state = readStoredState(row.state);
    if (!state.ok) return { status: 'unreadable', reason: unreadableReason(state) };
    return { status: 'loaded', workshop: { state: state.data, facilitatorTokenHash: row.facilitator_token_hash } };
  }

  /** How many workshops are stored, readable or not. */
  count(): number {
    return (this.statements.countWorkshops.get() as { n: number }).n;
  }

  /** Every stored workshop whose clock may move by itself (and perhaps a few more): see CLOCKS_THAT_MAY_ADVANCE. */
  codesWithClockThatMayAdvance(): string[] {
    return (this.statements.clocksThatMayAdvance.all() as Array<{ code: string }>).map((row) => row.code);
  }

  /** True while a change to this workshop is queued and not yet on disk: its memory is then the only copy. */
  hasUnwritten(code: string): boolean {
    return this.unwrittenStates.has(code);
  }

  /**
   * Queues what one command changed for the next group commit. Nobody may hear of it before
   * `durable()` resolves; until then, lookups here already see it (a retry, a rejoin key).
   */
  commit(code: string, commit: Commit): void {
    const events = commit.events.map(({ seq, at, event }) => [code, seq, at, JSON.stringify(event)] as const);
    this.group.write(() => {
      for (const row of events) this.statements.insertEvent.run(...row);
    });
    if (!this.unwrittenStates.has(code)) {
      this.group.write(() => {
        const state = this.unwrittenStates.get(code);
        this.unwrittenStates.delete(code);
        if (state) this.statements.updateState.run(JSON.stringify(state), state.seq, code);
      });
    }
    this.unwrittenStates.set(code, commit.state);
    if (commit.commandId) this.commands.recordIn(this.group, code, commit.commandId, commit.result);
    if (commit.participantToken) {
      const { participantId, tokenHash } = commit.participantToken;
      const key = `${code} ${participantId}`;
      this.unwrittenTokens.set(key, tokenHash);
      this.group.write(() => {
        this.statements.insertToken.run(code, participantId, tokenHash);
        this.unwrittenTokens.delete(key);
      });
    }
  }

  /** Resolves once every commit queued so far is on disk. */
  durable(): Promise<void> {
    return this.group.durable();
  }

  /** Writes what is queued now, without waiting for the turn to end: before shutting down. */
  flush(): void {
    this.group.commit();
  }

  /** The answer already given to a command, if it was applied before. */
  findCommandResult(code: string, commandId: string): unknown {
    return this.commands.resultOf(code, commandId);
  }

  /** Null for a workshop made before projector keys existed. */
  projectorTokenHash(code: string): string | null {
    const row = this.statements.findProjectorHash.get(code) as { projector_token_hash: string | null } | undefined;
    return row?.projector_token_hash ?? null;
  }

  /** Resolves once the new hash is on disk. */
  setProjectorTokenHash(code: string, projectorTokenHash: string): Promise<void> {
    this.statements.setProjectorHash.run(projectorTokenHash, code);
    return this.wal.written();
  }

  participantTokenHash(code: string, participantId: string): string | undefined {
    const unwritten = this.unwrittenTokens.get(`${code} ${participantId}`);
    if (unwritten) return unwritten;
    const row = this.statements.findToken.get(code, participantId) as { token_hash: string } | undefined;
    return row?.token_hash;
  }
}
