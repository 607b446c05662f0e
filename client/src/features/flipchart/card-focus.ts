import type { Column } from '@common-ground/shared';

/**
 * Keeps a keyboard user's place when their card moves to another column: the card is drawn anew
 * there, and focus would otherwise fall back to the top of the page. The move is confirmed and
 * broadcast in either order, so the card is focused now if it is already in its new column, or
 * when it arrives there.
 */
let pending: { cardId: string; column: Column } | null = null;

export function focusCardIn(cardId: string, column: Column): void {
  pending = { cardId, column };
  const element = document.querySelector<HTMLElement>(
    `[data-card-id="${CSS.escape(cardId)}"][data-column="${column}"]`,
  );
  if (element) takeCardFocus(cardId, column, element);
}

/** Called by a card as it is drawn: takes the focus meant for it, once. */
export function takeCardFocus(cardId: string, column: Column, element: HTMLElement): void {
  if (pending?.cardId !== cardId || pending.column !== column) return;
  pending = null;
  element.focus();
}
