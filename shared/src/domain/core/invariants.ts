import { AGENDA_LIMITS } from '../agenda/agenda.js';
import { entryOf, hasEntry } from './keyed.js';
import { LIMITS } from './limits.js';
import type { WorkshopState } from './state.js';

/**
 * What must hold of every workshop, whatever commands it received: each entry keyed by its own
 * id, every participant in at most one pair, every author known, no list over its limit. Returns
 * a readable line per problem, none for a sound state. The property test checks it after every
 * step; an imported record must pass it before it is kept.
 */
export function stateProblems(state: WorkshopState): string[] {
  const problems: string[] = [];
  const known = (id: string) => hasEntry(state.participants, id);

  for (const name of ['participants', 'cards', 'pairs', 'formerPairs', 'suggestions', 'posts'] as const) {
    for (const [key, value] of Object.entries(state[name])) {
      if (value.id !== key) problems.push(`${name}: the entry under ${key} has the id ${value.id}`);
    }
  }

  const paired = new Set<string>();
  for (const pair of Object.values(state.pairs)) {
    for (const id of pair.memberIds) {
      if (paired.has(id)) problems.push(`pairs: ${id} is in more than one pair`);
      paired.add(id);
      const person = entryOf(state.participants, id);
      if (!person || person.leftAt !== undefined)
        problems.push(`pairs: ${pair.id} holds ${id}, who is not in the room`);
    }
  }
  for (const card of Object.values(state.cards)) {
    if (card.authorId !== null && !known(card.authorId)) problems.push(`cards: ${card.id} has an unknown author`);
  }
  for (const suggestion of Object.values(state.suggestions)) {
    if (!known(suggestion.authorId)) problems.push(`suggestions: ${suggestion.id} has an unknown author`);
  }
  for (const post of Object.values(state.posts)) {
    if (!known(post.authorId)) problems.push(`posts: ${post.id} has an unknown author`);
  }
  for (const id of Object.keys(state.readiness)) {
    if (!known(id)) problems.push(`readiness: an answer from unknown ${id}`);
  }
  if (state.learnings.reporterId !== null && !known(state.learnings.reporterId)) {
    problems.push('learnings: the reporter is unknown');
  }
  const agendaIds = state.agenda.flatMap((step) => [step.id, ...step.phases.map((phase) => phase.id)]);
  if (new Set(agendaIds).size !== agendaIds.length) problems.push('agenda: two steps or sub-phases share an id');
  if (state.clock.stepId !== null && !state.agenda.some((step) => step.id === state.clock.stepId)) {
    problems.push('clock: it points at a step that is not on the agenda');
  }
  const { currentIndex, order } = state.reportBack;
  if (currentIndex !== null && currentIndex >= order.length) problems.push('reportBack: the speaker is out of order');

  problems.push(...overLimits(state));
  return problems;
}

function overLimits(state: WorkshopState): string[] {
  const everyone = Object.values(state.participants);
  const suggestions = Object.values(state.suggestions);
  const posts = Object.values(state.posts);
  const sizes: Array<[string, number, number]> = [
    ['participants in the room', everyone.filter((p) => p.leftAt === undefined).length, LIMITS.participantsPresent],
    ['participants ever', everyone.length, LIMITS.participantsEver],
    ['cards', Object.keys(state.cards).length, LIMITS.cardsPerWorkshop],
    ['suggestions', suggestions.length, LIMITS.suggestionsWaiting],
    ['suggestions from one person', mostByOneAuthor(suggestions), LIMITS.suggestionsWaitingPerPerson],
    ['posts', posts.length, LIMITS.posts],
    ['posts from one person', mostByOneAuthor(posts), LIMITS.postsPerPerson],
    ['learnings', state.learnings.items.length, LIMITS.learnings],
    ['pairs ever', Object.keys(state.pairs).length + Object.keys(state.formerPairs).length, LIMITS.pairsEver],
    ['past partners', state.pastPartners.length, LIMITS.pastPartners],
    ['report-back order', state.reportBack.order.length, LIMITS.reportBackOrder],
    ['agenda steps', state.agenda.length, AGENDA_LIMITS.steps],
  ];
  return sizes
    .filter(([, size, limit]) => size > limit)
    .map(([what, size, limit]) => `${what}: ${size} (at most ${limit})`);
}

function mostByOneAuthor(items: ReadonlyArray<{ authorId: string }>): number {
  const counts = new Map<string, number>();
  for (const { authorId } of items) counts.set(authorId, (counts.get(authorId) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}
