import type { Card, Column, Participant, WorkshopState } from './state.js';

/** The cards of one column, oldest first, as the flipchart shows them. */
export function cardsInColumn(state: WorkshopState, column: Column): Card[] {
  return Object.values(state.cards)
    .filter((card) => card.column === column)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The roster in the order people arrived. */
export function roster(state: WorkshopState): Participant[] {
  return Object.values(state.participants).sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}
