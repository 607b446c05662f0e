import { fail, ok, type Result } from '../../protocol/errors.js';
import { canEditFlipchart, isFacilitator, isInWorkshop, type Actor } from './actor.js';
import type { Command, JoinCommand } from './commands.js';
import type { DomainEvent } from './events.js';
import { decideAgenda } from '../agenda/decide-agenda.js';
import { decideClock } from '../clock/decide-clock.js';
import { decidePairs, placeLatecomer } from '../pairs/decide-pairs.js';
import { decideObserve } from '../observe/decide-observe.js';
import { decideRecord } from '../flipchart/decide-flipchart.js';
import { LIMITS } from './limits.js';
import type { WorkshopState } from './state.js';
import { entryOf } from './keyed.js';

/** What `decide` needs from the outside world, passed in so it stays pure and testable. */
export interface DecideContext {
  newId: () => string;
  /** The server's time, for what a command records about when (a suggestion's arrival). */
  now?: number;
  /** A number in [0, 1); the server passes Math.random, tests a seeded one. */
  random?: () => number;
}

/**
 * Checks a command against the current state and the actor's rights and turns it into events,
 * or refuses it with a reason a person can read. Never changes `state`.
 */
export function decide(
  state: WorkshopState,
  actor: Actor,
  command: Command | JoinCommand,
  ctx: DecideContext,
): Result<DomainEvent[]> {
  if (command.type !== 'participant:join' && !isInWorkshop(state, actor)) {
    return fail('forbidden', 'session.left');
  }
  switch (command.type) {
    case 'participant:join': {
      const full = roomIsFull(state);
      if (full) return full;
      const participantId = ctx.newId();
      const placed = placeLatecomer(state, participantId, ctx.newId);
      return ok([{ type: 'participant:joined', participantId, name: command.name.trim() }, ...placed]);
    }
    case 'card:add': {
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      if (Object.keys(state.cards).length >= LIMITS.cardsPerWorkshop) {
        return fail('forbidden', 'flipchart.full');
      }
      return ok([
        {
          type: 'card:added',
          cardId: ctx.newId(),
          column: command.column,
          text: command.text.trim(),
          authorId: actor.kind === 'participant' ? actor.participantId : null,
        },
      ]);
    }
    case 'card:edit': {
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      const card = entryOf(state.cards, command.cardId);
      if (!card) return missingCard();
      const text = command.text.trim();
      return ok(text === card.text ? [] : [{ type: 'card:edited', cardId: card.id, text }]);
    }
    case 'card:delete': {
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      if (!entryOf(state.cards, command.cardId)) return missingCard();
      return ok([{ type: 'card:deleted', cardId: command.cardId }]);
    }
    case 'clock:start':
    case 'clock:pause':
    case 'clock:adjust':
    case 'clock:next':
    case 'clock:previous':
    case 'clock:goto':
      return decideClock(state, actor, command);
    case 'agenda:save-step':
    case 'agenda:remove-step':
    case 'agenda:move-step':
    case 'settings:update':
    case 'participant:assign-role':
      return decideAgenda(state, actor, command, ctx.newId);
    case 'pairs:shuffle':
    case 'pairs:move':
    case 'pairs:clear':
    case 'pairs:set-done':
    case 'pairs:observe':
    case 'participant:leave':
      return decidePairs(state, actor, command, { newId: ctx.newId, random: ctx.random ?? Math.random });
    case 'card:suggest':
    case 'suggestion:accept':
    case 'suggestion:reject':
    case 'card:move':
    case 'card:merge':
    case 'reportback:set-order':
    case 'reportback:speak':
    case 'learning:add':
    case 'learning:edit':
    case 'learning:delete':
    case 'learning:set-reporter':
      return decideRecord(state, actor, command, { newId: ctx.newId, now: ctx.now ?? 0 });
    case 'post:add':
    case 'post:delete':
    case 'post:mark-answered':
    case 'readiness:answer':
      return decideObserve(state, actor, command, { newId: ctx.newId });
    case 'evaluation:set-open':
      if (!isFacilitator(actor)) return fail('forbidden', 'evaluation.facilitatorOpens');
      return ok(state.evaluation.open === command.open ? [] : [{ type: 'evaluation:opened', open: command.open }]);
    case 'evaluation:show-summary':
      if (!isFacilitator(actor)) return fail('forbidden', 'evaluation.facilitatorShowsSummary');
      return ok(
        state.evaluation.showSummary === command.show ? [] : [{ type: 'evaluation:summary-shown', show: command.show }],
      );
  }
}

/**
 * Only people in the room count toward its size, so those who left or were removed free their
 * place; the roster's whole history is capped too, so joining and leaving cannot grow it for ever.
 */
function roomIsFull(state: WorkshopState): Result<never> | null {
  const everyone = Object.values(state.participants);
  if (everyone.filter((p) => p.leftAt === undefined).length >= LIMITS.participantsPresent) {
    return fail('forbidden', 'workshop.full', { count: LIMITS.participantsPresent });
  }
  if (everyone.length >= LIMITS.participantsEver) {
    return fail('forbidden', 'workshop.tooManyJoins');
  }
  return null;
}

function refuseFlipchart(): Result<never> {
  return fail('forbidden', 'flipchart.editorsOnly');
}

function missingCard(): Result<never> {
  return fail('not_found', 'card.gone');
}
