import {
  fail,
  ok,
  workshopStateSchema,
  type Result,
  type SequencedEvent,
  type WorkshopState,
  upgradeWorkshopState,
} from '@common-ground/shared';
import { CommandLog } from './command-log.js';
import type { SqliteDatabase } from './sqlite.js';

export interface StoredWorkshop {
  state: WorkshopState;
  facilitatorTokenHash: string;
}

/** A stored workshop that could not be read, and why. */
export interface UnreadableWorkshop {
  code: string;
  reason: string;
}

/** Parses a stored state and upgrades it, saying what is wrong with it instead of throwing. */
function readState(json: string): Result<WorkshopState> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('internal', 'storage.unreadable', { problem: 'not JSON' });
  }
  const parsed = workshopStateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('internal', 'storage.unreadable', {
      field: issue?.path.map(String).join('.') ?? '',
      problem: issue?.message ?? 'invalid',
    });
  }
  // A workshop written by an earlier version is brought up to today's shape as it loads.
  return ok(upgradeWorkshopState(parsed.data));
}

/** Everything one accepted command changes, written in one transaction. */
export interface Commit {
  code: string;
  events: SequencedEvent[];
  state: WorkshopState;
  /** Absent for what the server decides by itself, such as a sub-phase ending. */
  commandId?: string;
  result?: unknown;
  participantToken?: { participantId: string; tokenHash: string };
}

/** The workshop's durable record: its latest state, its event log, and the commands already applied. */
export class WorkshopRepository {
  private readonly statements;
  private readonly commands: CommandLog;

  constructor(private readonly db: SqliteDatabase) {
    this.commands = new CommandLog(db);
    this.statements = {
      insertWorkshop: db.prepare(
        'INSERT OR IGNORE INTO workshops (code, facilitator_token_hash, projector_token_hash, state, seq, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      findProjectorHash: db.prepare('SELECT projector_token_hash FROM workshops WHERE code = ?'),
      setProjectorHash: db.prepare('UPDATE workshops SET projector_token_hash = ? WHERE code = ?'),
      allWorkshops: db.prepare('SELECT code, state, facilitator_token_hash FROM workshops'),
      updateState: db.prepare('UPDATE workshops SET state = ?, seq = ? WHERE code = ?'),
      insertEvent: db.prepare('INSERT INTO events (workshop_code, seq, at, event) VALUES (?, ?, ?, ?)'),
      insertToken: db.prepare(
        'INSERT INTO participant_tokens (workshop_code, participant_id, token_hash) VALUES (?, ?, ?)',
      ),
      findToken: db.prepare('SELECT token_hash FROM participant_tokens WHERE workshop_code = ? AND participant_id = ?'),
    };
  }

  /** Returns false when the code is already taken, so the caller can draw another. */
  insertWorkshop(state: WorkshopState, facilitatorTokenHash: string, projectorTokenHash: string): boolean {
    const info = this.statements.insertWorkshop.run(
      state.code,
      facilitatorTokenHash,
      projectorTokenHash,
      JSON.stringify(state),
      state.seq,
      state.createdAt,
    );
    return info.changes === 1;
  }

  /**
   * Every stored workshop that still reads as sound. One that does not (damaged by hand, or
   * written by a bug) is reported in `unreadable` and left in the database untouched, for
   * inspection: one bad workshop must never keep all the others from starting.
   */
  loadAll(): { workshops: StoredWorkshop[]; unreadable: UnreadableWorkshop[] } {
    const rows = this.statements.allWorkshops.all() as Array<{
      code: string;
      state: string;
      facilitator_token_hash: string;
    }>;
    const workshops: StoredWorkshop[] = [];
    const unreadable: UnreadableWorkshop[] = [];
    for (const row of rows) {
      const state = readState(row.state);
      if (state.ok) workshops.push({ state: state.data, facilitatorTokenHash: row.facilitator_token_hash });
      else unreadable.push({ code: row.code, reason: Object.values(state.error.params ?? {}).join(': ') });
    }
    return { workshops, unreadable };
  }

  commit(commit: Commit): void {
    this.db.transaction(() => {
      for (const { seq, at, event } of commit.events) {
        this.statements.insertEvent.run(commit.code, seq, at, JSON.stringify(event));
      }
      this.statements.updateState.run(JSON.stringify(commit.state), commit.state.seq, commit.code);
      if (commit.commandId) {
        this.commands.record(commit.code, commit.commandId, commit.result);
      }
      if (commit.participantToken) {
        const { participantId, tokenHash } = commit.participantToken;
        this.statements.insertToken.run(commit.code, participantId, tokenHash);
      }
    })();
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

  setProjectorTokenHash(code: string, projectorTokenHash: string): void {
    this.statements.setProjectorHash.run(projectorTokenHash, code);
  }

  participantTokenHash(code: string, participantId: string): string | undefined {
    const row = this.statements.findToken.get(code, participantId) as { token_hash: string } | undefined;
    return row?.token_hash;
  }
}
