import { emptyFollowUp, followUpSchema, type FollowUp } from '@common-ground/shared';
import type { SqliteDatabase } from './sqlite.js';

/** Each participant's private follow-up, one row each. */
export class FollowUpRepository {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      find: db.prepare('SELECT data FROM follow_ups WHERE workshop_code = ? AND participant_id = ?'),
      save: db.prepare(
        `INSERT INTO follow_ups (workshop_code, participant_id, data) VALUES (?, ?, ?)
         ON CONFLICT (workshop_code, participant_id) DO UPDATE SET data = excluded.data`,
      ),
    };
  }

  /** The participant's follow-up, empty if nothing was written yet. */
  get(code: string, participantId: string): FollowUp {
    const row = this.statements.find.get(code, participantId) as { data: string } | undefined;
    return row ? followUpSchema.parse(JSON.parse(row.data)) : emptyFollowUp(participantId);
  }

  save(code: string, followUp: FollowUp): void {
    this.statements.save.run(code, followUp.participantId, JSON.stringify(followUp));
  }
}
