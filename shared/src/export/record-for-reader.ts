import { canExportRecord, type Actor } from '../domain/core/actor.js';
import { anonymizeAnswers } from '../domain/evaluation/evaluation.js';
import { fail, ok, type Result } from '../protocol/errors.js';
import type { WorkshopRecord } from './record.js';

/**
 * What a reader may take away of the whole record, or why not. The facilitator takes all of it,
 * with unsigned evaluation answers named by nobody. The note-taker takes what every screen shows
 * (agenda, flipchart, learnings): what the screens call private to a pair or a person and the
 * facilitator (notebooks and their commitments, tips, next 1:1s, evaluation answers, the
 * reflection) is never in their copy.
 */
export function recordForReader(whole: WorkshopRecord, reader: Actor): Result<WorkshopRecord> {
  if (!canExportRecord(whole.state, reader)) {
    return fail('forbidden', 'export.notAllowed');
  }
  if (reader.kind !== 'facilitator') {
    return ok({
      state: whole.state,
      notebooks: [],
      followUps: [],
      evaluations: [],
      reflection: null,
      copy: 'note-taker',
    });
  }
  return ok({
    ...whole,
    followUps: whole.followUps.filter((followUp) => followUp.tips.length > 0 || followUp.meetings.length > 0),
    evaluations: anonymizeAnswers(whole.evaluations),
    copy: 'whole',
  });
}
