import type { EventOf } from '../core/events.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf } from '../core/keyed.js';

type ObserveEvent = EventOf<'post:added' | 'post:deleted' | 'post:answered' | 'readiness:answered'>;

/** The observe half of the reducer: noticings, questions and readiness answers. */
export function applyObserveEvent(state: WorkshopState, event: ObserveEvent, at: number): WorkshopState {
  switch (event.type) {
    case 'post:added':
      return {
        ...state,
        posts: {
          ...state.posts,
          [event.postId]: {
            id: event.postId,
            kind: event.kind,
            text: event.text,
            authorId: event.authorId,
            createdAt: at,
            answered: false,
          },
        },
      };
    case 'post:deleted': {
      const { [event.postId]: _removed, ...posts } = state.posts;
      return { ...state, posts };
    }
    case 'post:answered': {
      const post = entryOf(state.posts, event.postId);
      if (!post) return state;
      return { ...state, posts: { ...state.posts, [post.id]: { ...post, answered: event.answered } } };
    }
    case 'readiness:answered':
      return { ...state, readiness: { ...state.readiness, [event.participantId]: event.choice } };
  }
}
