import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** Each entry moves the schema one version forward; never edit one that has shipped. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE workshops (
     code TEXT PRIMARY KEY,
     facilitator_token_hash TEXT NOT NULL,
     state TEXT NOT NULL,
     seq INTEGER NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE events (
     workshop_code TEXT NOT NULL REFERENCES workshops(code),
     seq INTEGER NOT NULL,
     at INTEGER NOT NULL,
     event TEXT NOT NULL,
     PRIMARY KEY (workshop_code, seq)
   );
   CREATE TABLE commands (
     workshop_code TEXT NOT NULL REFERENCES workshops(code),
     command_id TEXT NOT NULL,
     result TEXT NOT NULL,
     PRIMARY KEY (workshop_code, command_id)
   );
   CREATE TABLE participant_tokens (
     workshop_code TEXT NOT NULL REFERENCES workshops(code),
     participant_id TEXT NOT NULL,
     token_hash TEXT NOT NULL,
     PRIMARY KEY (workshop_code, participant_id)
   );`,
  // Pair notebooks live apart from the workshop's public state: they are private to the pair.
  `CREATE TABLE notebooks (
     workshop_code TEXT NOT NULL REFERENCES workshops(code),
     pair_id TEXT NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (workshop_code, pair_id)
   );`,
  // Each participant's follow-up (tips received, next one-on-ones): private to them and the facilitator.
  `CREATE TABLE follow_ups (
     workshop_code TEXT NOT NULL REFERENCES workshops(code),
     participant_id TEXT NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (workshop_code, participant_id)
   );`,
  // Evaluation answers and the facilitator's reflection: private to the facilitator (and each author).
  `CREATE TABLE evaluation_answers (
     workshop_code TEXT NOT NULL REFERENCES workshops(code),
     participant_id TEXT NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (workshop_code, participant_id)
   );
   CREATE TABLE evaluation_reflections (
     workshop_code TEXT PRIMARY KEY REFERENCES workshops(code),
     data TEXT NOT NULL
   );`,
  // The projector key's hash. Empty for workshops made before it: the facilitator's next resume fills it.
  `ALTER TABLE workshops ADD COLUMN projector_token_hash TEXT;`,
  // Every kind of private document in one table, versioned, instead of a table per feature.
  `CREATE TABLE private_docs (
     workshop_code TEXT NOT NULL REFERENCES workshops(code),
     kind TEXT NOT NULL,
     doc_key TEXT NOT NULL,
     version INTEGER NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (workshop_code, kind, doc_key)
   );
   INSERT INTO private_docs SELECT workshop_code, 'notebook', pair_id, 1, data FROM notebooks;
   INSERT INTO private_docs SELECT workshop_code, 'followup', participant_id, 1, data FROM follow_ups;
   INSERT INTO private_docs SELECT workshop_code, 'evaluation', participant_id, 1, data FROM evaluation_answers;
   INSERT INTO private_docs SELECT workshop_code, 'reflection', 'facilitator', 1, data FROM evaluation_reflections;
   DROP TABLE notebooks;
   DROP TABLE follow_ups;
   DROP TABLE evaluation_answers;
   DROP TABLE evaluation_reflections;`,
];

/**
 * Opens (and creates, and migrates) the database file. WAL with synchronous=NORMAL: a commit
 * hands its pages to the OS without waiting for the disk, and WalSync flushes the WAL off the
 * event loop before anyone is told of the commit, so nothing acknowledged is lost to a crash, a
 * killed process or a power cut. (FULL made the event loop wait for the disk at every commit.)
 */
export function openDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
