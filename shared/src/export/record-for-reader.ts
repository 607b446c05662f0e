import { canExportRecord, type Actor } from '../domain/core/actor.js';
import { fail, ok, type Result } from '../protocol/errors.js';
import type { WorkshopRecord } from './record.js';

/**
 * What a reader may take away of the whole record, or why not. The facilitator takes all of it;
 * the note-taker gets commitments, meetings and the evaluation, not the pairs' notes, the tips
 * or the facilitator's reflection. Answers carry a name only where the participant signed.
 */
export function recordForReader(whole: WorkshopRecord, reader: Actor): Result<WorkshopRecord> {
  if (!canExportRecord(whole.state, reader)) {
    return fail('forbidden', 'export.notAllowed');
  }
  const full = reader.kind === 'facilitator';
  const followUps = whole.followUps.filter((followUp) => followUp.tips.length > 0 || followUp.meetings.length > 0);
  return ok({
    state: whole.state,
    notebooks: full ? whole.notebooks : whole.notebooks.map((notebook) => ({ ...notebook, entries: [], rubrics: [] })),
    followUps: full ? followUps : followUps.map((followUp) => ({ ...followUp, tips: [] })),
    evaluations: whole.evaluations.map((answer) =>
      answer.signed ? answer : { ...answer, participantId: 'anonymous', name: undefined },
    ),
    reflection: full ? whole.reflection : null,
  });
}
