import { fail, ok, type Result } from '../../protocol/errors.js';
import { isFacilitator, type Actor } from '../core/actor.js';
import type { Command } from '../core/commands.js';
import type { DomainEvent, EventOf } from '../core/events.js';
import { isPairFull, pairAtRandom, pairOf } from './pairs.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf } from '../core/keyed.js';
import { LIMITS } from '../core/limits.js';

type PairsCommand = Extract<
  Command,
  { type: 'pairs:shuffle' | 'pairs:move' | 'pairs:clear' | 'pairs:set-done' | 'pairs:observe' | 'participant:leave' }
>;

export interface PairsContext {
  newId: () => string;
  random: () => number;
}

/** People still in the workshop, in arrival order. */
export function presentIds(state: WorkshopState): string[] {
  return Object.values(state.participants)
    .filter((p) => p.leftAt === undefined)
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
    .map((p) => p.id);
}

/** Pairing, re-pairing, leaving and "we're done". */
export function decidePairs(
  state: WorkshopState,
  actor: Actor,
  command: PairsCommand,
  ctx: PairsContext,
): Result<DomainEvent[]> {
  switch (command.type) {
    case 'pairs:shuffle': {
      if (!isFacilitator(actor)) return onlyFacilitator();
      const ids = presentIds(state);
      const minimum = state.settings.oddPerson === 'facilitator' ? 1 : 2;
      if (ids.length < minimum) return fail('invalid_input', 'pairs.tooFew');
      const groups = pairAtRandom(ids, {
        odd: state.settings.oddPerson,
        random: ctx.random,
        pastPartners: new Set(state.pastPartners),
      });
      const pairsEver = Object.keys(state.pairs).length + Object.keys(state.formerPairs).length + groups.length;
      if (pairsEver > LIMITS.pairsEver) {
        return fail('forbidden', 'pairs.tooManyRounds');
      }
      return ok([{ type: 'pairs:formed', pairs: groups.map((g) => ({ id: ctx.newId(), ...g })) }]);
    }
    case 'pairs:move': {
      if (!isFacilitator(actor)) return onlyFacilitator();
      const person = entryOf(state.participants, command.participantId);
      if (!person || person.leftAt !== undefined) return fail('not_found', 'person.gone');
      if (command.to === 'new' || command.to === 'facilitator') {
        return ok([
          {
            type: 'pairs:member-moved',
            participantId: person.id,
            toPairId: ctx.newId(),
            withFacilitator: command.to === 'facilitator',
          },
        ]);
      }
      const target = entryOf(state.pairs, command.to);
      if (!target) return fail('not_found', 'pair.gone');
      if (target.memberIds.includes(person.id)) return ok([]);
      if (isPairFull(target)) return fail('invalid_input', 'pair.full');
      return ok([
        { type: 'pairs:member-moved', participantId: person.id, toPairId: target.id, withFacilitator: false },
      ]);
    }
    case 'pairs:clear':
      if (!isFacilitator(actor)) return onlyFacilitator();
      return ok(Object.keys(state.pairs).length === 0 ? [] : [{ type: 'pairs:cleared' }]);
    case 'pairs:set-done': {
      const pair = actor.kind === 'participant' ? pairOf(state.pairs, actor.participantId) : null;
      if (!pair) return fail('forbidden', 'pair.membersOnly');
      return ok(pair.done === command.done ? [] : [{ type: 'pairs:done-set', pairId: pair.id, done: command.done }]);
    }
    case 'pairs:observe': {
      if (!isFacilitator(actor)) return onlyFacilitator();
      if (command.pairId !== null && !entryOf(state.pairs, command.pairId)) return fail('not_found', 'pair.gone');
      const current = Object.values(state.pairs).find((p) => p.observed)?.id ?? null;
      return ok(current === command.pairId ? [] : [{ type: 'pairs:observed', pairId: command.pairId }]);
    }
    case 'participant:leave': {
      const self = actor.kind === 'participant' && actor.participantId === command.participantId;
      if (!self && !isFacilitator(actor)) return fail('forbidden', 'person.leaveSelfOnly');
      const person = entryOf(state.participants, command.participantId);
      if (!person || person.leftAt !== undefined) return fail('not_found', 'person.gone');
      return ok([{ type: 'participant:left', participantId: person.id }]);
    }
  }
}

/**
 * Where a latecomer goes once pairs exist: partnering someone left alone, else into a pair
 * as a trio's third (or, if the facilitator chose so, to partner the facilitator).
 */
export function placeLatecomer(
  state: WorkshopState,
  participantId: string,
  newId: () => string,
): Array<EventOf<'pairs:member-moved'>> {
  const pairs = Object.values(state.pairs);
  if (pairs.length === 0) return [];
  const move = (id: string, toPairId: string, withFacilitator = false): EventOf<'pairs:member-moved'> => ({
    type: 'pairs:member-moved',
    participantId: id,
    toPairId,
    withFacilitator,
  });
  const alone = pairs.find((p) => p.memberIds.length === 1);
  if (alone) return [move(participantId, alone.id)];
  // A trio's observer and the latecomer make a pair of their own: no group grows past three.
  const trio = pairs.find((p) => p.memberIds.length === 3);
  if (trio) {
    const pairId = newId();
    return [move(trio.memberIds[2]!, pairId), move(participantId, pairId)];
  }
  const twos = pairs.filter((p) => p.memberIds.length === 2);
  if (state.settings.oddPerson === 'trio' && twos.length > 0) return [move(participantId, twos[twos.length - 1]!.id)];
  return [move(participantId, newId(), true)];
}

function onlyFacilitator(): Result<never> {
  return fail('forbidden', 'pairs.facilitatorOnly');
}
