import { fail, ok, type Result } from '../protocol/errors.js';
import { canEditFlipchart, canRecordLearnings, canRunReportBack, type Actor } from './actor.js';
import type { Command } from './commands.js';
import type { DomainEvent } from './events.js';
import { LIMITS } from './limits.js';
import { pairOf } from './pairs.js';
import type { WorkshopState } from './state.js';
import { entryOf } from './keyed.js';

type RecordCommand = Extract<
  Command,
  {
    type:
      | 'card:suggest'
      | 'suggestion:accept'
      | 'suggestion:reject'
      | 'card:move'
      | 'card:merge'
      | 'reportback:set-order'
      | 'reportback:speak'
      | 'learning:add'
      | 'learning:edit'
      | 'learning:delete'
      | 'learning:set-reporter';
  }
>;

/** What the group records: notes sent from pairs, the flipchart's upkeep, report-back, learnings. */
export function decideRecord(
  state: WorkshopState,
  actor: Actor,
  command: RecordCommand,
  ctx: { newId: () => string; now: number },
): Result<DomainEvent[]> {
  switch (command.type) {
    case 'card:suggest': {
      if (actor.kind !== 'participant') return fail('forbidden', 'Only participants send notes from their pair.');
      const pair = pairOf(state.pairs, actor.participantId);
      const pairIds = pair ? [pair.id] : [];
      if (state.settings.notesFlow === 'direct') {
        if (Object.keys(state.cards).length >= LIMITS.cardsPerWorkshop) return fullFlipchart();
        const text = command.text.trim();
        return ok([
          {
            type: 'card:added',
            cardId: ctx.newId(),
            column: command.column,
            text,
            authorId: actor.participantId,
            pairIds,
          },
        ]);
      }
      const waiting = Object.values(state.suggestions);
      if (waiting.length >= LIMITS.suggestionsWaiting) {
        return fail('forbidden', 'Too many notes are waiting for the note-taker. Try again once they catch up.');
      }
      if (waiting.filter((s) => s.authorId === actor.participantId).length >= LIMITS.suggestionsWaitingPerPerson) {
        return fail(
          'forbidden',
          `You have ${LIMITS.suggestionsWaitingPerPerson} notes waiting for the note-taker. Send more once they are handled.`,
        );
      }
      const suggestion = {
        id: ctx.newId(),
        pairId: pair?.id ?? null,
        authorId: actor.participantId,
        column: command.column,
        text: command.text.trim(),
        createdAt: ctx.now,
      };
      return ok([{ type: 'suggestion:added', suggestion }]);
    }
    case 'suggestion:accept': {
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      const suggestion = entryOf(state.suggestions, command.suggestionId);
      if (!suggestion) return fail('not_found', 'That suggestion was already handled.');
      if (Object.keys(state.cards).length >= LIMITS.cardsPerWorkshop) return fullFlipchart();
      return ok([
        {
          type: 'card:added',
          cardId: ctx.newId(),
          column: command.column ?? suggestion.column,
          text: (command.text ?? suggestion.text).trim(),
          authorId: suggestion.authorId,
          pairIds: suggestion.pairId ? [suggestion.pairId] : [],
        },
        { type: 'suggestion:resolved', suggestionId: suggestion.id },
      ]);
    }
    case 'suggestion:reject':
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      if (!entryOf(state.suggestions, command.suggestionId))
        return fail('not_found', 'That suggestion was already handled.');
      return ok([{ type: 'suggestion:resolved', suggestionId: command.suggestionId }]);
    case 'card:move': {
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      const card = entryOf(state.cards, command.cardId);
      if (!card) return fail('not_found', 'That card is no longer on the flipchart.');
      return ok(
        card.column === command.column ? [] : [{ type: 'card:moved', cardId: card.id, column: command.column }],
      );
    }
    case 'card:merge': {
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      const card = entryOf(state.cards, command.cardId);
      const into = entryOf(state.cards, command.intoCardId);
      if (!card || !into) return fail('not_found', 'That card is no longer on the flipchart.');
      if (card.id === into.id) return fail('invalid_input', 'Choose two different cards to merge.');
      return ok([
        { type: 'card:merged', cardId: card.id, intoCardId: into.id, text: (command.text ?? into.text).trim() },
      ]);
    }
    case 'reportback:set-order': {
      if (!canRunReportBack(state, actor)) return refuseReportBack();
      const unknown = command.pairIds.find((id) => !entryOf(state.pairs, id));
      if (unknown) return fail('not_found', 'One of those pairs no longer exists.');
      if (new Set(command.pairIds).size !== command.pairIds.length) {
        return fail('invalid_input', 'Each pair speaks once in the order.');
      }
      return ok([{ type: 'reportback:ordered', pairIds: command.pairIds }]);
    }
    case 'reportback:speak':
      if (!canRunReportBack(state, actor)) return refuseReportBack();
      if (command.index !== null && command.index >= state.reportBack.order.length) {
        return fail('invalid_input', 'There is no pair at that place in the order.');
      }
      return ok([{ type: 'reportback:speaking', index: command.index }]);
    case 'learning:add':
      if (!canRecordLearnings(state, actor)) return refuseLearnings();
      if (state.learnings.items.length >= LIMITS.learnings) {
        return fail(
          'forbidden',
          `The list holds at most ${LIMITS.learnings} learnings. Delete one before adding another.`,
        );
      }
      return ok([{ type: 'learning:added', learningId: ctx.newId(), text: command.text.trim() }]);
    case 'learning:edit':
      if (!canRecordLearnings(state, actor)) return refuseLearnings();
      if (!state.learnings.items.some((l) => l.id === command.learningId)) return missingLearning();
      return ok([{ type: 'learning:edited', learningId: command.learningId, text: command.text.trim() }]);
    case 'learning:delete':
      if (!canRecordLearnings(state, actor)) return refuseLearnings();
      if (!state.learnings.items.some((l) => l.id === command.learningId)) return missingLearning();
      return ok([{ type: 'learning:deleted', learningId: command.learningId }]);
    case 'learning:set-reporter': {
      if (!canRecordLearnings(state, actor)) return refuseLearnings();
      const person = command.participantId ? entryOf(state.participants, command.participantId) : null;
      if (command.participantId && !person) return fail('not_found', 'That person is not in this workshop.');
      return ok([{ type: 'learning:reporter-set', participantId: command.participantId }]);
    }
  }
}

function refuseFlipchart(): Result<never> {
  return fail('forbidden', 'Only the facilitator and the note-taker can change the flipchart.');
}
function refuseReportBack(): Result<never> {
  return fail('forbidden', 'Only the facilitator and the note-taker run the report-back.');
}
function refuseLearnings(): Result<never> {
  return fail('forbidden', 'Only the facilitator and the note-taker record the key learnings.');
}
function missingLearning(): Result<never> {
  return fail('not_found', 'That learning is no longer on the list.');
}
function fullFlipchart(): Result<never> {
  return fail('forbidden', 'The flipchart is full. Delete a card before adding another.');
}
