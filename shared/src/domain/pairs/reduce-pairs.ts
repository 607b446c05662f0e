import type { EventOf } from '../core/events.js';
import { partnerKeysOf, type Pair } from './pairs.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf, recordOf, withEntry } from '../core/keyed.js';
import { LIMITS } from '../core/limits.js';

type PairsEvent = EventOf<
  'pairs:formed' | 'pairs:member-moved' | 'pairs:cleared' | 'pairs:done-set' | 'pairs:observed' | 'participant:left'
>;

/** Takes someone out of whatever pair they are in; an emptied pair goes away. */
function without(pairs: Record<string, Pair>, participantId: string): Record<string, Pair> {
  // One pass: copying the record once per pair made every move quadratic in the room's size.
  return recordOf(
    Object.values(pairs).flatMap((pair) => {
      const memberIds = pair.memberIds.filter((id) => id !== participantId);
      if (memberIds.length === 0) return [];
      const kept = memberIds.length === pair.memberIds.length;
      return [kept ? pair : { ...pair, memberIds, withFacilitator: false, done: false }];
    }),
  );
}

/** Adds who partnered whom; only the latest `LIMITS.pastPartners` are kept, so the list stays bounded. */
function remember(past: readonly string[], memberIds: readonly string[]): string[] {
  const keys = new Set(past);
  for (const key of partnerKeysOf(memberIds)) {
    keys.delete(key);
    keys.add(key);
  }
  const all = [...keys];
  return all.length > LIMITS.pastPartners ? all.slice(all.length - LIMITS.pastPartners) : all;
}

/** The pairs half of the reducer. */
export function applyPairsEvent(state: WorkshopState, event: PairsEvent, at: number): WorkshopState {
  switch (event.type) {
    case 'pairs:formed': {
      const pairs = recordOf<Pair>(event.pairs.map((pair) => ({ ...pair, done: false })));
      let pastPartners = state.pastPartners;
      for (const pair of event.pairs) pastPartners = remember(pastPartners, pair.memberIds);
      return { ...state, pairs, pastPartners, formerPairs: { ...state.formerPairs, ...state.pairs } };
    }
    case 'pairs:member-moved': {
      const others = without(state.pairs, event.participantId);
      const memberIds = [...(entryOf(others, event.toPairId)?.memberIds ?? []), event.participantId];
      const pairs = withEntry(others, event.toPairId, {
        id: event.toPairId,
        memberIds,
        withFacilitator: memberIds.length === 1 && event.withFacilitator,
        done: false,
      });
      return { ...state, pairs, pastPartners: remember(state.pastPartners, memberIds) };
    }
    case 'pairs:cleared':
      return { ...state, pairs: {}, formerPairs: { ...state.formerPairs, ...state.pairs } };
    case 'pairs:done-set': {
      const pair = entryOf(state.pairs, event.pairId);
      return pair ? { ...state, pairs: { ...state.pairs, [pair.id]: { ...pair, done: event.done } } } : state;
    }
    case 'pairs:observed': {
      const pairs = recordOf(
        Object.values(state.pairs).map((pair) => {
          const observed = pair.id === event.pairId;
          return Boolean(pair.observed) === observed ? pair : { ...pair, observed };
        }),
      );
      return { ...state, pairs };
    }
    case 'participant:left': {
      const person = entryOf(state.participants, event.participantId);
      if (!person) return state;
      return {
        ...state,
        pairs: without(state.pairs, person.id),
        participants: { ...state.participants, [person.id]: { ...person, role: 'participant', leftAt: at } },
      };
    }
  }
}
