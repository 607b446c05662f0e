/**
 * Keeps a keyboard user's place when they move someone to another pair: that person's row is
 * drawn anew under the other pair, and focus would otherwise fall back to the top of the page.
 * The move is confirmed and broadcast in either order, so the row is focused now if it is already
 * in its new pair, or when it gets there.
 */
let pending: { memberId: string; fromPairId: string } | null = null;

export function focusMemberAfterMove(memberId: string, fromPairId: string | undefined): void {
  pending = { memberId, fromPairId: fromPairId ?? '' };
  for (const element of document.querySelectorAll<HTMLElement>(`[data-member-id="${CSS.escape(memberId)}"]`)) {
    takeMemberFocus(memberId, element.dataset.pairId, element);
  }
}

/** Called by a member's row as it is drawn: takes the focus meant for it once it has moved. */
export function takeMemberFocus(memberId: string, pairId: string | undefined, element: HTMLElement): void {
  if (pending?.memberId !== memberId || pending.fromPairId === (pairId ?? '')) return;
  pending = null;
  element.focus();
}
