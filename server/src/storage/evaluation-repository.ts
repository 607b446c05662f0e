import {
  evaluationAnswerSchema,
  reflectionSchema,
  type EvaluationAnswer,
  type Reflection,
} from '@common-ground/shared';
import type { SqliteDatabase } from './sqlite.js';

/** Evaluation answers (one row per participant) and the facilitator's reflection: all private. */
export class EvaluationRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      find: db.prepare('SELECT data FROM evaluation_answers WHERE workshop_code = ? AND participant_id = ?'),
      list: db.prepare('SELECT data FROM evaluation_answers WHERE workshop_code = ? ORDER BY rowid'),
      save: db.prepare(
        `INSERT INTO evaluation_answers (workshop_code, participant_id, data) VALUES (?, ?, ?)
         ON CONFLICT (workshop_code, participant_id) DO UPDATE SET data = excluded.data`,
      ),
      findReflection: db.prepare('SELECT data FROM evaluation_reflections WHERE workshop_code = ?'),
      saveReflection: db.prepare(
        `INSERT INTO evaluation_reflections (workshop_code, data) VALUES (?, ?)
         ON CONFLICT (workshop_code) DO UPDATE SET data = excluded.data`,
      ),
    };
  }

  get(code: string, participantId: string): EvaluationAnswer | null {
    const row = this.statements.find.get(code, participantId) as { data: string } | undefined;
    return row ? evaluationAnswerSchema.parse(JSON.parse(row.data)) : null;
  }

  list(code: string): EvaluationAnswer[] {
    const rows = this.statements.list.all(code) as Array<{ data: string }>;
    return rows.map((row) => evaluationAnswerSchema.parse(JSON.parse(row.data)));
  }

  save(code: string, answer: EvaluationAnswer): void {
    this.statements.save.run(code, answer.participantId, JSON.stringify(answer));
  }

  reflection(code: string): Reflection | null {
    const row = this.statements.findReflection.get(code) as { data: string } | undefined;
    return row ? reflectionSchema.parse(JSON.parse(row.data)) : null;
  }

  saveReflection(code: string, reflection: Reflection): void {
    this.statements.saveReflection.run(code, JSON.stringify(reflection));
  }
}
