import { fail, ok, type Result } from '../../protocol/errors.js';
import { canEditFlipchart, canRecordLearnings, canRunReportBack, type Actor } from '../core/actor.js';
import type { Command } from '../core/commands.js';
import type { DomainEvent } from '../core/events.js';
import { LIMITS } from '../core/limits.js';
import { pairOf } from '../pairs/pairs.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf } from '../core/keyed.js';
import { isNoteSent } from './sent-notes.js';

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
      if (actor.kind !== 'participant') return fail('forbidden', 'suggestion.participantsOnly');
      const pair = pairOf(state.pairs, actor.participantId);
      const pairIds = pair ? [pair.id] : [];
      const { sourceId } = command;
      // A retry, or the partner pressing the same entry's button: it is on its way already.
      if (sourceId && isNoteSent(state, { pairId: pair?.id ?? null, authorId: actor.participantId }, sourceId)) {
        return ok([]);
      }
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
            ...(sourceId ? { sourceId } : {}),
          },
        ]);
      }
      const waiting = Object.values(state.suggestions);
      if (waiting.length >= LIMITS.suggestionsWaiting) {
        return fail('forbidden', 'suggestion.tooMany');
      }
      if (waiting.filter((s) => s.authorId === actor.participantId).length >= LIMITS.suggestionsWaitingPerPerson) {
        return fail('forbidden', 'suggestion.tooManyOfYours', { count: LIMITS.suggestionsWaitingPerPerson });
      }
      const suggestion = {
        id: ctx.newId(),
        pairId: pair?.id ?? null,
        authorId: actor.participantId,
        column: command.column,
        text: command.text.trim(),
        createdAt: ctx.now,
        ...(sourceId ? { sourceId } : {}),
      };
      return ok([{ type: 'suggestion:added', suggestion }]);
    }
    case 'suggestion:accept': {
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      const suggestion = entryOf(state.suggestions, command.suggestionId);
      if (!suggestion) return fail('not_found', 'suggestion.gone');
      if (Object.keys(state.cards).length >= LIMITS.cardsPerWorkshop) return fullFlipchart();
      return ok([
        {
          type: 'card:added',
          cardId: ctx.newId(),
          column: command.column ?? suggestion.column,
          text: (command.text ?? suggestion.text).trim(),
          authorId: suggestion.authorId,
          pairIds: suggestion.pairId ? [suggestion.pairId] : [],
          ...(suggestion.sourceId ? { sourceId: suggestion.sourceId } : {}),
        },
        { type: 'suggestion:resolved', suggestionId: suggestion.id },
      ]);
    }
    case 'suggestion:reject':
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      if (!entryOf(state.suggestions, command.suggestionId)) return fail('not_found', 'suggestion.gone');
      return ok([{ type: 'suggestion:resolved', suggestionId: command.suggestionId }]);
    case 'card:move': {
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      const card = entryOf(state.cards, command.cardId);
      if (!card) return fail('not_found', 'card.gone');
      return ok(
        card.column === command.column ? [] : [{ type: 'card:moved', cardId: card.id, column: command.column }],
      );
    }
    case 'card:merge': {
      if (!canEditFlipchart(state, actor)) return refuseFlipchart();
      const card = entryOf(state.cards, command.cardId);
      const into = entryOf(state.cards, command.intoCardId);
      if (!card || !into) return fail('not_found', 'card.gone');
      if (card.id === into.id) return fail('invalid_input', 'card.mergeSame');
      return ok([
        { type: 'card:merged', cardId: card.id, intoCardId: into.id, text: (command.text ?? into.text).trim() },
      ]);
    }
    case 'reportback:set-order': {
      if (!canRunReportBack(state, actor)) return refuseReportBack();
      const unknown = command.pairIds.find((id) => !entryOf(state.pairs, id));
      if (unknown) return fail('not_found', 'pair.someGone');
      if (new Set(command.pairIds).size !== command.pairIds.length) {
        return fail('invalid_input', 'reportBack.pairTwice');
      }
      return ok([{ type: 'reportback:ordered', pairIds: command.pairIds }]);
    }
    case 'reportback:speak':
      if (!canRunReportBack(state, actor)) return refuseReportBack();
      if (command.index !== null && command.index >= state.reportBack.order.length) {
        return fail('invalid_input', 'reportBack.noPairThere');
      }
      return ok([{ type: 'reportback:speaking', index: command.index }]);
    case 'learning:add':
      if (!canRecordLearnings(state, actor)) return refuseLearnings();
      if (state.learnings.items.length >= LIMITS.learnings) {
        return fail('forbidden', 'learning.full', { count: LIMITS.learnings });
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
      if (command.participantId && !person) return fail('not_found', 'person.gone');
      return ok([{ type: 'learning:reporter-set', participantId: command.participantId }]);
    }
  }
}

function refuseFlipchart(): Result<never> {
  return fail('forbidden', 'flipchart.editorsOnly');
}
function refuseReportBack(): Result<never> {
  return fail('forbidden', 'reportBack.editorsOnly');
}
function refuseLearnings(): Result<never> {
  return fail('forbidden', 'learning.editorsOnly');
}
function missingLearning(): Result<never> {
  return fail('not_found', 'learning.gone');
}
function fullFlipchart(): Result<never> {
  return fail('forbidden', 'flipchart.full');
}
