import type { DocDecision, PrivateDocStore, StoredDoc } from '../private-doc-store.js';
import type { PostgresDatabase } from './database.js';

interface DocRow {
  key: string;
  version: number;
  data: string;
}

/** The document (its columns null when it is not stored yet) and the command's earlier answer. */
interface CurrentRow {
  earlier: string | null;
  key: string | null;
  version: number | null;
  data: string | null;
}

const SAVE = `INSERT INTO private_docs (workshop_code, kind, doc_key, version, data) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (workshop_code, kind, doc_key) DO UPDATE SET version = excluded.version, data = excluded.data`;

/**
 * The document and the answer already given to the command, in one statement: it runs after the
 * lock is taken, so it sees whatever the previous holder committed.
 */
const CURRENT = `SELECT (SELECT result FROM commands WHERE workshop_code = $1 AND command_id = $4) AS earlier,
    d.doc_key AS key, d.version, d.data
  FROM (SELECT 1) AS one
  LEFT JOIN private_docs AS d ON d.workshop_code = $1 AND d.kind = $2 AND d.doc_key = $3`;

/** The changed document and the command's answer, in one round trip. */
const WRITE = `WITH saved AS (${SAVE})
  INSERT INTO commands (workshop_code, command_id, result) VALUES ($1, $6, $7)`;

/**
 * Private documents in PostgreSQL. A change runs in one transaction under an advisory lock on
 * the document (a hash of its workshop, kind and key), which serializes its writers in every
 * process without a row having to exist first; two documents whose hashes collide only wait for
 * each other. The command's answer goes to the same `commands` table as the workshop's.
 */
export class PostgresPrivateDocStore implements PrivateDocStore {
  constructor(private readonly db: PostgresDatabase) {}

  async get(code: string, kind: string, key: string): Promise<StoredDoc | undefined> {
    const { rows } = await this.db.query<DocRow>(
      'SELECT doc_key AS key, version, data FROM private_docs WHERE workshop_code = $1 AND kind = $2 AND doc_key = $3',
      [code, kind, key],
    );
    const row = rows[0];
    return row ? storedDoc(row) : undefined;
  }

  async list(code: string, kind: string): Promise<StoredDoc[]> {
    const { rows } = await this.db.query<DocRow>(
      'SELECT doc_key AS key, version, data FROM private_docs WHERE workshop_code = $1 AND kind = $2 ORDER BY written',
      [code, kind],
    );
    return rows.map(storedDoc);
  }

  update<T>(
    code: string,
    kind: string,
    key: string,
    commandId: string,
    decide: (current: StoredDoc | undefined, earlier: unknown) => DocDecision<T>,
  ): Promise<T> {
    return this.db.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${code}/${kind}/${key}`]);
      const { rows } = await client.query<CurrentRow>(CURRENT, [code, kind, key, commandId]);
      const row = rows[0];
      const current =
        row && row.key !== null && row.version !== null && row.data !== null
          ? storedDoc({ key: row.key, version: row.version, data: row.data })
          : undefined;
      const earlier = row && row.earlier !== null ? (JSON.parse(row.earlier) as unknown) : undefined;
      const { write, value } = decide(current, earlier);
      if (write) {
        await client.query(WRITE, [
          code,
          kind,
          key,
          write.version,
          JSON.stringify(write.doc),
          commandId,
          JSON.stringify(write.result ?? null),
        ]);
      }
      return value;
    });
  }

  async save(code: string, kind: string, key: string, doc: unknown): Promise<void> {
    await this.db.query(SAVE, [code, kind, key, 1, JSON.stringify(doc)]);
  }
}

function storedDoc(row: DocRow): StoredDoc {
  return { key: row.key, version: row.version, data: JSON.parse(row.data) as unknown };
}
