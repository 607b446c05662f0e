import type { EventOf } from '../core/events.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf } from '../core/keyed.js';
import { LIMITS } from '../core/limits.js';

type RecordEvent = EventOf<
  | 'suggestion:added'
  | 'suggestion:resolved'
  | 'card:moved'
  | 'card:merged'
  | 'reportback:ordered'
  | 'reportback:speaking'
  | 'learning:added'
  | 'learning:edited'
  | 'learning:deleted'
  | 'learning:reporter-set'
>;

/** The record half of the reducer: suggestions, card upkeep, report-back and learnings. */
export function applyRecordEvent(state: WorkshopState, event: RecordEvent, at: number): WorkshopState {
  switch (event.type) {
    case 'suggestion:added':
      return { ...state, suggestions: { ...state.suggestions, [event.suggestion.id]: event.suggestion } };
    case 'suggestion:resolved': {
      const { [event.suggestionId]: _handled, ...suggestions } = state.suggestions;
      return { ...state, suggestions };
    }
    case 'card:moved': {
      const card = entryOf(state.cards, event.cardId);
      if (!card) return state;
      return { ...state, cards: { ...state.cards, [card.id]: { ...card, column: event.column, updatedAt: at } } };
    }
    case 'card:merged': {
      const card = entryOf(state.cards, event.cardId);
      const into = entryOf(state.cards, event.intoCardId);
      if (!card || !into) return state;
      const { [card.id]: _merged, ...cards } = state.cards;
      const pairIds = [...new Set([...(into.pairIds ?? []), ...(card.pairIds ?? [])])];
      const sourceIds = [...new Set([...(into.sourceIds ?? []), ...(card.sourceIds ?? [])])].slice(
        -LIMITS.sourcesPerCard,
      );
      const merged = { ...into, text: event.text, pairIds, ...(sourceIds.length > 0 ? { sourceIds } : {}) };
      return { ...state, cards: { ...cards, [into.id]: { ...merged, updatedAt: at } } };
    }
    case 'reportback:ordered': {
      const speaking = state.reportBack.currentIndex;
      const speakerId = speaking === null ? null : state.reportBack.order[speaking];
      const stillIndex = speakerId ? event.pairIds.indexOf(speakerId) : -1;
      return {
        ...state,
        reportBack: {
          order: event.pairIds,
          currentIndex: stillIndex >= 0 ? stillIndex : null,
          startedAt: stillIndex >= 0 ? state.reportBack.startedAt : null,
        },
      };
    }
    case 'reportback:speaking':
      return {
        ...state,
        reportBack: { ...state.reportBack, currentIndex: event.index, startedAt: event.index === null ? null : at },
      };
    case 'learning:added':
      return {
        ...state,
        learnings: {
          ...state.learnings,
          items: [...state.learnings.items, { id: event.learningId, text: event.text, createdAt: at }],
        },
      };
    case 'learning:edited':
      return {
        ...state,
        learnings: {
          ...state.learnings,
          items: state.learnings.items.map((l) => (l.id === event.learningId ? { ...l, text: event.text } : l)),
        },
      };
    case 'learning:deleted':
      return {
        ...state,
        learnings: { ...state.learnings, items: state.learnings.items.filter((l) => l.id !== event.learningId) },
      };
    case 'learning:reporter-set':
      return { ...state, learnings: { ...state.learnings, reporterId: event.participantId } };
  }
}
