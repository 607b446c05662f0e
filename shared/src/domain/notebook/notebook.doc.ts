import { entryOf } from '../core/keyed.js';
import { canUseNotebook, changeNotebook, emptyNotebook, notebookChangeSchema, notebookSchema } from './notebook.js';
import { idSchema } from '../core/state-parts.js';
import { definePrivateDocKind } from '../../private-docs/doc-kind.js';

/** A pair's notebook, keyed by the pair: its members and the facilitator read and write it. */
export const notebookDoc = definePrivateDocKind({
  docSchema: notebookSchema,
  changeSchema: notebookChangeSchema,
  keySchema: idSchema,
  empty: emptyNotebook,
  canRead: canUseNotebook,
  // Who may read a notebook may write in it (the server checks canRead first); a member's note
  // carries their name.
  apply(notebook, change, { actor, now }) {
    const authorId = actor.kind === 'participant' ? actor.participantId : null;
    return changeNotebook(notebook, change, { authorId, now });
  },
  listedKeys: (state) => Object.keys(state.pairs),
  audience: (state, pairId) => (entryOf(state.pairs, pairId) ?? entryOf(state.formerPairs, pairId))?.memberIds ?? [],
});
