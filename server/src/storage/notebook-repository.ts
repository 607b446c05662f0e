import { emptyNotebook, notebookSchema, type Notebook } from '@common-ground/shared';
import type { SqliteDatabase } from './sqlite.js';

/** The pairs' private notebooks, one row each. */
export class NotebookRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      find: db.prepare('SELECT data FROM notebooks WHERE workshop_code = ? AND pair_id = ?'),
      all: db.prepare('SELECT data FROM notebooks WHERE workshop_code = ?'),
      save: db.prepare(
        `INSERT INTO notebooks (workshop_code, pair_id, data) VALUES (?, ?, ?)
         ON CONFLICT (workshop_code, pair_id) DO UPDATE SET data = excluded.data`,
      ),
    };
  }

  /** The pair's notebook, empty if nobody wrote in it yet. */
  get(code: string, pairId: string): Notebook {
    const row = this.statements.find.get(code, pairId) as { data: string } | undefined;
    return row ? notebookSchema.parse(JSON.parse(row.data)) : emptyNotebook(pairId);
  }

  /** Every notebook of a workshop, for its record and export. */
  all(code: string): Notebook[] {
    const rows = this.statements.all.all(code) as Array<{ data: string }>;
    return rows.map((row) => notebookSchema.parse(JSON.parse(row.data)));
  }

  save(code: string, notebook: Notebook): void {
    this.statements.save.run(code, notebook.pairId, JSON.stringify(notebook));
  }
}
