import type { WorkshopState } from '../core/state.js';

/** Who sent a note: their pair, or the person themselves when they are in none. */
export interface NoteOrigin {
  pairId: string | null;
  authorId: string;
}

/**
 * Whether a notebook entry has already reached the flipchart from this pair: waiting as a
 * suggestion, or on a card made from it. Either partner's send counts for both, so an entry is
 * sent once however often, and by whom, its button is pressed.
 */
export function isNoteSent(state: WorkshopState, origin: NoteOrigin, entryId: string): boolean {
  const fromOrigin = (pairIds: readonly string[], authorId: string | null) =>
    origin.pairId === null ? authorId === origin.authorId : pairIds.includes(origin.pairId);
  return (
    Object.values(state.suggestions).some(
      (s) => s.sourceId === entryId && fromOrigin(s.pairId === null ? [] : [s.pairId], s.authorId),
    ) ||
    Object.values(state.cards).some((c) => c.sourceIds?.includes(entryId) && fromOrigin(c.pairIds ?? [], c.authorId))
  );
}
