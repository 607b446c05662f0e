import { presentIds } from '../pairs/decide-pairs.js';
import type { Post, PostKind } from './observe.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf } from '../core/keyed.js';

/** The posts of one kind, oldest first, as the facilitator and the projector list them. */
export function postsOfKind(state: WorkshopState, kind: PostKind): Post[] {
  return Object.values(state.posts)
    .filter((post) => post.kind === kind)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** One participant's own posts, oldest first. */
export function postsBy(state: WorkshopState, participantId: string): Post[] {
  return Object.values(state.posts)
    .filter((post) => post.authorId === participantId)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export interface ReadinessTally {
  ready: string[];
  observeMore: string[];
  /** Participants still in the workshop who have not answered. */
  unanswered: string[];
}

/** Who answered what to "ready to try?", in arrival order; people who left are not counted. */
export function readinessTally(state: WorkshopState): ReadinessTally {
  const tally: ReadinessTally = { ready: [], observeMore: [], unanswered: [] };
  for (const id of presentIds(state)) {
    const choice = entryOf(state.readiness, id);
    if (choice === 'ready') tally.ready.push(id);
    else if (choice === 'observe-more') tally.observeMore.push(id);
    else tally.unanswered.push(id);
  }
  return tally;
}
