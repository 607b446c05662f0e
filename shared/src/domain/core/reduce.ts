import type { SequencedEvent } from './events.js';
import { applyAgendaEvent } from '../agenda/reduce-agenda.js';
import { applyObserveEvent } from '../observe/reduce-observe.js';
import { applyPairsEvent } from '../pairs/reduce-pairs.js';
import { applyRecordEvent } from '../flipchart/reduce-flipchart.js';
import type { WorkshopState } from './state.js';
import { entryOf } from './keyed.js';

/**
 * The one reducer: applies a numbered event to a workshop and returns the new state.
 * Pure and immutable, so the server and every browser get the same answer from the same events.
 */
export function applyEvent(state: WorkshopState, { seq, at, event }: SequencedEvent): WorkshopState {
  const next = { ...state, seq };
  switch (event.type) {
    case 'participant:joined':
      return {
        ...next,
        participants: {
          ...state.participants,
          [event.participantId]: { id: event.participantId, name: event.name, role: 'participant', joinedAt: at },
        },
      };
    case 'card:added':
      return {
        ...next,
        cards: {
          ...state.cards,
          [event.cardId]: {
            id: event.cardId,
            column: event.column,
            text: event.text,
            authorId: event.authorId,
            ...(event.pairIds && event.pairIds.length > 0 ? { pairIds: event.pairIds } : {}),
            ...(event.sourceId ? { sourceIds: [event.sourceId] } : {}),
            createdAt: at,
            updatedAt: at,
          },
        },
      };
    case 'card:edited': {
      const card = entryOf(state.cards, event.cardId);
      if (!card) return next;
      return { ...next, cards: { ...state.cards, [card.id]: { ...card, text: event.text, updatedAt: at } } };
    }
    case 'card:deleted': {
      const { [event.cardId]: _removed, ...cards } = state.cards;
      return { ...next, cards };
    }
    case 'participant:role-assigned': {
      const person = entryOf(state.participants, event.participantId);
      if (!person) return next;
      return { ...next, participants: { ...state.participants, [person.id]: { ...person, role: event.role } } };
    }
    case 'pairs:formed':
    case 'pairs:member-moved':
    case 'pairs:cleared':
    case 'pairs:done-set':
    case 'pairs:observed':
    case 'participant:left':
      return applyPairsEvent(next, event, at);
    case 'suggestion:added':
    case 'suggestion:resolved':
    case 'card:moved':
    case 'card:merged':
    case 'reportback:ordered':
    case 'reportback:speaking':
    case 'learning:added':
    case 'learning:edited':
    case 'learning:deleted':
    case 'learning:reporter-set':
      return applyRecordEvent(next, event, at);
    case 'post:added':
    case 'post:deleted':
    case 'post:answered':
    case 'readiness:answered':
      return applyObserveEvent(next, event, at);
    case 'evaluation:opened':
      return { ...next, evaluation: { ...state.evaluation, open: event.open, closed: !event.open } };
    case 'evaluation:summary-shown':
      return { ...next, evaluation: { ...state.evaluation, showSummary: event.show } };
    default:
      return applyAgendaEvent(next, event, at);
  }
}

/** Applies events in order. */
export function applyEvents(state: WorkshopState, events: readonly SequencedEvent[]): WorkshopState {
  return events.reduce(applyEvent, state);
}
