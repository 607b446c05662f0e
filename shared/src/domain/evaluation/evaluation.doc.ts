import { z } from 'zod/mini';
import { entryOf } from '../core/keyed.js';
import { evaluationAnswerSchema, reflectionSchema, saveReflection, submitEvaluation } from './evaluation.js';
import { idSchema } from '../core/state-parts.js';
import { fail } from '../../protocol/errors.js';
import { definePrivateDocKind } from '../../private-docs/doc-kind.js';

/**
 * A participant's evaluation answers, keyed by the participant: they write their own while the
 * facilitator keeps the form open; only they and the facilitator read them.
 */
export const evaluationDoc = definePrivateDocKind({
  docSchema: z.nullable(evaluationAnswerSchema),
  // The domain cleans blank lines before it validates, so the answers arrive as sent.
  changeSchema: z.object({ answers: z.unknown() }),
  keySchema: idSchema,
  empty: () => null,
  canRead: (_state, actor, participantId) =>
    actor.kind === 'facilitator' || (actor.kind === 'participant' && actor.participantId === participantId),
  apply(_answer, change, { state, actor, key, now }) {
    if (actor.kind === 'participant' && actor.participantId !== key) {
      return fail('forbidden', 'evaluation.selfOnly');
    }
    const name = actor.kind === 'participant' ? entryOf(state.participants, actor.participantId)?.name : undefined;
    return submitEvaluation(change.answers, { actor, open: state.evaluation.open, name, now });
  },
  audience: (_state, participantId) => [participantId],
});

/** The one key of the facilitator's reflection. */
export const REFLECTION_KEY = 'facilitator';

/** The facilitator's reflection after the training: theirs alone. */
export const reflectionDoc = definePrivateDocKind({
  docSchema: z.nullable(reflectionSchema),
  changeSchema: z.object({ reflection: z.unknown() }),
  keySchema: z.literal(REFLECTION_KEY),
  empty: () => null,
  canRead: (_state, actor) => actor.kind === 'facilitator',
  apply: (_reflection, change, { actor, now }) => saveReflection(change.reflection, { actor, now }),
  audience: () => [],
});
