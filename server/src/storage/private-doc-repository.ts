import { CommandLog } from './command-log.js';
import type { StoredDoc } from './private-doc-store.js';
import type { SqliteDatabase } from './sqlite.js';
import type { WalSync } from './wal-sync.js';

/** Every private document of every kind, one row each, versioned. */
export class PrivateDocRepository {
  private readonly statements;
  private readonly commands: CommandLog;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly wal: WalSync,
  ) {
    this.commands = new CommandLog(db);
    this.statements = {
      find: db.prepare(
        'SELECT doc_key AS key, version, data FROM private_docs WHERE workshop_code = ? AND kind = ? AND doc_key = ?',
      ),
      // In the order they were first written, so lists and summaries read the same every time.
      list: db.prepare(
        'SELECT doc_key AS key, version, data FROM private_docs WHERE workshop_code = ? AND kind = ? ORDER BY rowid',
      ),
      save: db.prepare(
        `INSERT INTO private_docs (workshop_code, kind, doc_key, version, data) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (workshop_code, kind, doc_key) DO UPDATE SET version = excluded.version, data = excluded.data`,
      ),
    };
  }

  get(code: string, kind: string, key: string): StoredDoc | undefined {
    const row = this.statements.find.get(code, kind, key) as { key: string; version: number; data: string } | undefined;
    return row ? { key: row.key, version: row.version, data: JSON.parse(row.data) as unknown } : undefined;
  }

  list(code: string, kind: string): StoredDoc[] {
    const rows = this.statements.list.all(code, kind) as Array<{ key: string; version: number; data: string }>;
    return rows.map((row) => ({ key: row.key, version: row.version, data: JSON.parse(row.data) as unknown }));
  }

  /**
   * Stores a changed document and the answer given to the command that changed it, in one
   * transaction: a retry of the same command finds the answer and changes nothing. Resolves
   * once both are on disk.
   */
  commit(change: {
    code: string;
    kind: string;
    key: string;
    version: number;
    doc: unknown;
    commandId: string;
    result: unknown;
  }): Promise<void> {
    this.db.transaction(() => {
      this.statements.save.run(change.code, change.kind, change.key, change.version, JSON.stringify(change.doc));
      this.commands.record(change.code, change.commandId, change.result);
    })();
    return this.wal.written();
  }

  /** Keeps a document as it is (an imported record's), with no command behind it; resolves once it is on disk. */
  save(code: string, kind: string, key: string, doc: unknown): Promise<void> {
    this.statements.save.run(code, kind, key, 1, JSON.stringify(doc));
    return this.wal.written();
  }

  /**
   * Resolves once every write made so far is on disk. What was read before it may include a write
   * whose flush is still running: whoever is told of it waits for this first.
   */
  settled(): Promise<void> {
    return this.wal.settled();
  }

  findCommandResult(code: string, commandId: string): unknown {
    return this.commands.resultOf(code, commandId);
  }
}
