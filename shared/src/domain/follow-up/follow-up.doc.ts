import { idSchema } from '../core/state-parts.js';
import { canUseFollowUp, changeFollowUp, emptyFollowUp, followUpChangeSchema, followUpSchema } from './follow-up.js';
import { definePrivateDocKind } from '../../private-docs/doc-kind.js';

/** A participant's follow-up (tips given, next 1:1s), keyed by the participant. */
export const followUpDoc = definePrivateDocKind({
  docSchema: followUpSchema,
  changeSchema: followUpChangeSchema,
  keySchema: idSchema,
  empty: emptyFollowUp,
  canRead: canUseFollowUp,
  // Tips are the facilitator's to give, meetings the participant's to plan: changeFollowUp decides.
  apply: (followUp, change, { actor, now }) => changeFollowUp(followUp, change, { actor, now }),
  audience: (_state, participantId) => [participantId],
});
