import { fail, ok, type Result } from '../../protocol/errors.js';
import { isFacilitator, isPresent, type Actor } from '../core/actor.js';
import type { Command } from '../core/commands.js';
import type { DomainEvent } from '../core/events.js';
import { LIMITS } from '../core/limits.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf } from '../core/keyed.js';

type ObserveCommand = Extract<
  Command,
  { type: 'post:add' | 'post:delete' | 'post:mark-answered' | 'readiness:answer' }
>;

/** Observing a 1:1: noticings and questions afterwards, and who feels ready to try. */
export function decideObserve(
  state: WorkshopState,
  actor: Actor,
  command: ObserveCommand,
  ctx: { newId: () => string },
): Result<DomainEvent[]> {
  switch (command.type) {
    case 'post:add': {
      const authorId = presentParticipant(state, actor);
      if (!authorId) return fail('forbidden', 'post.participantsOnly');
      const posts = Object.values(state.posts);
      if (posts.length >= LIMITS.posts) {
        return fail('forbidden', 'post.tooMany');
      }
      if (posts.filter((p) => p.authorId === authorId).length >= LIMITS.postsPerPerson) {
        return fail('forbidden', 'post.tooManyOfYours', { count: LIMITS.postsPerPerson });
      }
      return ok([{ type: 'post:added', postId: ctx.newId(), kind: command.kind, text: command.text.trim(), authorId }]);
    }
    case 'post:delete': {
      const post = entryOf(state.posts, command.postId);
      if (!post) return missingPost();
      const mine = actor.kind === 'participant' && actor.participantId === post.authorId;
      if (!mine && !isFacilitator(actor)) return fail('forbidden', 'post.deleteNotAllowed');
      return ok([{ type: 'post:deleted', postId: post.id }]);
    }
    case 'post:mark-answered': {
      if (!isFacilitator(actor)) return fail('forbidden', 'post.facilitatorAnswers');
      const post = entryOf(state.posts, command.postId);
      if (!post) return missingPost();
      if (post.kind !== 'question') return fail('invalid_input', 'post.notQuestion');
      return ok(
        post.answered === command.answered
          ? []
          : [{ type: 'post:answered', postId: post.id, answered: command.answered }],
      );
    }
    case 'readiness:answer': {
      const participantId = presentParticipant(state, actor);
      if (!participantId) return fail('forbidden', 'readiness.participantsOnly');
      if (entryOf(state.readiness, participantId) === command.choice) return ok([]);
      return ok([{ type: 'readiness:answered', participantId, choice: command.choice }]);
    }
  }
}

/** The acting participant's id if they are still in the workshop; null for anyone else. */
function presentParticipant(state: WorkshopState, actor: Actor): string | null {
  return actor.kind === 'participant' && isPresent(state, actor.participantId) ? actor.participantId : null;
}

function missingPost(): Result<never> {
  return fail('not_found', 'post.gone');
}
