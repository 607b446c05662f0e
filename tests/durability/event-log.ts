import Database from 'better-sqlite3';

/**
 * Reads the server's own database beside it (WAL lets a reader in while it writes) and says
 * what is wrong with one workshop's event log: a gap in seq, a head that disagrees with the
 * log, or an event a screen received that the log does not hold.
 */
export function eventLogProblems(
  dbFile: string,
  code: string,
  expectedSeq: number,
  received: Map<number, string> = new Map(),
): string[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT seq, event FROM events WHERE workshop_code = ? ORDER BY seq').all(code) as Array<{
      seq: number;
      event: string;
    }>;
    const head = db.prepare('SELECT seq FROM workshops WHERE code = ?').get(code) as { seq: number } | undefined;
    const problems = gapsIn(code, rows);
    const last = rows.at(-1)?.seq ?? 0;
    if (head?.seq !== last) problems.push(`workshop ${code}: its row says seq ${head?.seq}, its log ends at ${last}`);
    if (last !== expectedSeq)
      problems.push(`workshop ${code}: the snapshot says seq ${expectedSeq}, the log ends at ${last}`);
    const stored = new Map(rows.map((row) => [row.seq, row.event]));
    for (const [seq, event] of received) {
      const kept = stored.get(seq);
      if (kept === undefined)
        problems.push(`workshop ${code}: a screen received seq ${seq} (${event}), the log lacks it`);
      else if (kept !== event)
        problems.push(`workshop ${code}: a screen received seq ${seq} as ${event}, stored ${kept}`);
    }
    return problems;
  } finally {
    db.close();
  }
}

/** Every workshop in the database, each with its log numbered 1..N without a gap. */
export function everyEventLogProblems(dbFile: string): { workshops: number; events: number; problems: string[] } {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const heads = db.prepare('SELECT code, seq FROM workshops').all() as Array<{ code: string; seq: number }>;
    const rows = db
      .prepare('SELECT workshop_code AS code, seq FROM events ORDER BY workshop_code, seq')
      .all() as Array<{
      code: string;
      seq: number;
    }>;
    const problems: string[] = [];
    for (const { code, seq } of heads) {
      const own = rows.filter((row) => row.code === code);
      problems.push(...gapsIn(code, own));
      if ((own.at(-1)?.seq ?? 0) !== seq) problems.push(`workshop ${code}: its row says seq ${seq}, its log disagrees`);
    }
    return { workshops: heads.length, events: rows.length, problems };
  } finally {
    db.close();
  }
}

function gapsIn(code: string, rows: Array<{ seq: number }>): string[] {
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (row.seq !== i + 1) problems.push(`workshop ${code}: event ${i + 1} of its log has seq ${row.seq}`);
  });
  return problems.slice(0, 3);
}
