import type { PostgresDatabase } from './database.js';

/**
 * Each entry moves the schema one version forward; never edit one that has shipped. The first
 * is SQLite's final shape (storage/sqlite.ts), so both implementations keep the same records.
 *
 * - JSON is kept as text, as in SQLite: a state damaged by hand still fits its column and is
 *   reported as unreadable when asked for, instead of one bad row failing a whole query; and
 *   writing a state costs no parse on the database's side.
 * - `written` numbers private documents in the order they were first written (SQLite's rowid):
 *   an upsert keeps it, so lists read the same every time.
 * - cg_json_or_null reads a text as JSON, or null when it is not: PostgreSQL 15 has no
 *   `IS JSON`, and one damaged workshop must not stop the start (see clocks-that-may-advance.ts).
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE workshops (
     code text PRIMARY KEY,
     facilitator_token_hash text NOT NULL,
     projector_token_hash text,
     state text NOT NULL,
     seq bigint NOT NULL,
     created_at bigint NOT NULL
   );
   CREATE TABLE events (
     workshop_code text NOT NULL REFERENCES workshops(code),
     seq bigint NOT NULL,
     at bigint NOT NULL,
     event text NOT NULL,
     PRIMARY KEY (workshop_code, seq)
   );
   CREATE TABLE commands (
     workshop_code text NOT NULL REFERENCES workshops(code),
     command_id text NOT NULL,
     result text NOT NULL,
     PRIMARY KEY (workshop_code, command_id)
   );
   CREATE TABLE participant_tokens (
     workshop_code text NOT NULL REFERENCES workshops(code),
     participant_id text NOT NULL,
     token_hash text NOT NULL,
     PRIMARY KEY (workshop_code, participant_id)
   );
   CREATE TABLE private_docs (
     workshop_code text NOT NULL REFERENCES workshops(code),
     kind text NOT NULL,
     doc_key text NOT NULL,
     version integer NOT NULL,
     data text NOT NULL,
     written bigserial NOT NULL,
     PRIMARY KEY (workshop_code, kind, doc_key)
   );
   CREATE FUNCTION cg_json_or_null(value text) RETURNS json LANGUAGE plpgsql IMMUTABLE AS $$
   BEGIN
     RETURN value::json;
   EXCEPTION WHEN others THEN
     RETURN NULL;
   END
   $$;`,
];

/**
 * Any constant would do, as long as nothing else in the database takes the same advisory lock:
 * this one spells "cground" in ASCII.
 */
const MIGRATION_LOCK = 0x63_67_72_6f_75_6e_64n;

/**
 * Brings the schema up to date, once, however many processes start together: the first to take
 * the advisory lock migrates, the others wait for it and then find nothing left to do. The lock
 * and the migrations share one transaction (PostgreSQL's DDL is transactional), so a process that
 * dies halfway leaves the schema as it was and the lock free. Returns the versions it applied.
 */
export function migrate(db: PostgresDatabase): Promise<number[]> {
  return db.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (done.has(version)) continue;
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
    return applied;
  });
}
