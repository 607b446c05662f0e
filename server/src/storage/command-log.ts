import type { GroupCommit } from './group-commit.js';
import type { SqliteDatabase } from './sqlite.js';

/**
 * The answer given to each command id, per workshop: what makes a retried command (of the board
 * or of a private document) apply once. Written inside the caller's transaction.
 */
export class CommandLog {
  private readonly statements;
  /** Answers queued in a group commit that is not on disk yet: a retry in the meantime finds them here. */
  private readonly unwritten = new Map<string, unknown>();

  constructor(db: SqliteDatabase) {
    this.statements = {
      insert: db.prepare('INSERT INTO commands (workshop_code, command_id, result) VALUES (?, ?, ?)'),
      find: db.prepare('SELECT result FROM commands WHERE workshop_code = ? AND command_id = ?'),
    };
  }

  record(code: string, commandId: string, result: unknown): void {
    this.statements.insert.run(code, commandId, JSON.stringify(result ?? null));
  }

  /** Records the answer in `group`'s next commit; until then it is kept here. */
  recordIn(group: GroupCommit, code: string, commandId: string, result: unknown): void {
    const key = `${code} ${commandId}`;
    this.unwritten.set(key, result ?? null);
    group.write(() => {
      this.record(code, commandId, result);
      this.unwritten.delete(key);
    });
  }

  /** The answer already given to a command, if it was applied before. */
  resultOf(code: string, commandId: string): unknown {
    const unwritten = this.unwritten.get(`${code} ${commandId}`);
    if (unwritten !== undefined) return unwritten;
    const row = this.statements.find.get(code, commandId) as { result: string } | undefined;
    return row ? (JSON.parse(row.result) as unknown) : undefined;
  }
}
