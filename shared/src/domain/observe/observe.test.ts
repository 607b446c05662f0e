import { describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor.js';
import type { Command } from '../core/commands.js';
import { decide, type DecideContext } from '../core/decide.js';
import type { DomainEvent } from '../core/events.js';
import { readinessTally } from './observe-selectors.js';
import type { Post } from './observe.js';
import { applyEvents } from '../core/reduce.js';
import { createWorkshopState, workshopStateSchema, type Participant, type WorkshopState } from '../core/state.js';

const facilitator: Actor = { kind: 'facilitator' };
const projector: Actor = { kind: 'projector' };
const ana: Actor = { kind: 'participant', participantId: 'p-ana' };
const ben: Actor = { kind: 'participant', participantId: 'p-ben' };

function context(): DecideContext {
  let n = 0;
  return { newId: () => `id-${++n}`, now: 9_000 };
}

function participant(id: string, name: string, joinedAt: number, extra: Partial<Participant> = {}): Participant {
  return { id, name, role: 'participant', joinedAt, ...extra };
}

const anaQuestion: Post = {
  id: 'q-1',
  kind: 'question',
  text: 'How do you end the 1:1?',
  authorId: 'p-ana',
  createdAt: 3_000,
  answered: false,
};
const anaNoticing: Post = { ...anaQuestion, id: 'n-1', kind: 'noticing', text: 'Lots of open questions' };

/** Ana, Ben and Cleo have watched a 1:1; Dev has left; Ana has already posted twice. */
function workshop(overrides: Partial<WorkshopState> = {}): WorkshopState {
  return {
    ...createWorkshopState({ code: 'ABC234', title: 'Training', template: 'training-plan', createdAt: 500 }),
    seq: 4,
    participants: {
      'p-ana': participant('p-ana', 'Ana', 1_000),
      'p-ben': participant('p-ben', 'Ben', 1_100),
      'p-cleo': participant('p-cleo', 'Cleo', 1_200),
      'p-dev': participant('p-dev', 'Dev', 1_300, { leftAt: 2_000 }),
    },
    posts: { 'q-1': anaQuestion, 'n-1': anaNoticing },
    ...overrides,
  };
}

/** Decides and, when accepted, applies the events as the server would number them. */
function run(state: WorkshopState, actor: Actor, command: Command) {
  const result = decide(state, actor, command, context());
  if (!result.ok) return { result, state };
  const events = result.data.map((event: DomainEvent, i) => ({ seq: state.seq + i + 1, at: 5_000, event }));
  return { result, state: applyEvents(state, events) };
}

describe('noticings and questions', () => {
  it('adds a participant’s question, trimmed and unanswered', () => {
    const { result, state } = run(workshop(), ben, { type: 'post:add', kind: 'question', text: '  Why ask that?  ' });
    expect(result).toEqual({
      ok: true,
      data: [{ type: 'post:added', postId: 'id-1', kind: 'question', text: 'Why ask that?', authorId: 'p-ben' }],
    });
    expect(state.posts['id-1']).toEqual({
      id: 'id-1',
      kind: 'question',
      text: 'Why ask that?',
      authorId: 'p-ben',
      createdAt: 5_000,
      answered: false,
    });
  });

  it('refuses a post from the projector, the facilitator, or someone who left', () => {
    const command: Command = { type: 'post:add', kind: 'noticing', text: 'Good eye contact' };
    const dev: Actor = { kind: 'participant', participantId: 'p-dev' };
    for (const actor of [projector, facilitator, dev]) {
      const result = decide(workshop(), actor, command, context());
      expect(result.ok ? null : result.error.code).toBe('forbidden');
    }
  });

  it('lets the author delete their own post', () => {
    const { result, state } = run(workshop(), ana, { type: 'post:delete', postId: 'n-1' });
    expect(result.ok).toBe(true);
    expect(Object.keys(state.posts)).toEqual(['q-1']);
  });

  it('lets the facilitator delete anyone’s post', () => {
    const { state } = run(workshop(), facilitator, { type: 'post:delete', postId: 'q-1' });
    expect(state.posts['q-1']).toBeUndefined();
  });

  it('refuses to delete someone else’s post, or one that is gone', () => {
    const other = decide(workshop(), ben, { type: 'post:delete', postId: 'q-1' }, context());
    expect(other.ok ? null : other.error.code).toBe('forbidden');
    const gone = decide(workshop(), facilitator, { type: 'post:delete', postId: 'nope' }, context());
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
  });

  it('marks a question answered and back again, for the facilitator only', () => {
    const answered = run(workshop(), facilitator, { type: 'post:mark-answered', postId: 'q-1', answered: true });
    expect(answered.state.posts['q-1']?.answered).toBe(true);
    const reopened = run(answered.state, facilitator, { type: 'post:mark-answered', postId: 'q-1', answered: false });
    expect(reopened.state.posts['q-1']?.answered).toBe(false);

    const byAna = decide(workshop(), ana, { type: 'post:mark-answered', postId: 'q-1', answered: true }, context());
    expect(byAna.ok ? null : byAna.error.code).toBe('forbidden');
  });

  it('refuses to mark a noticing answered', () => {
    const result = decide(
      workshop(),
      facilitator,
      { type: 'post:mark-answered', postId: 'n-1', answered: true },
      context(),
    );
    expect(result.ok ? null : result.error.code).toBe('invalid_input');
  });
});

describe('readiness to try', () => {
  it('records a participant’s answer and lets them change it', () => {
    const first = run(workshop(), ana, { type: 'readiness:answer', choice: 'observe-more' });
    expect(first.state.readiness).toEqual({ 'p-ana': 'observe-more' });
    const changed = run(first.state, ana, { type: 'readiness:answer', choice: 'ready' });
    expect(changed.state.readiness).toEqual({ 'p-ana': 'ready' });
  });

  it('emits nothing when the answer does not change', () => {
    const result = decide(
      workshop({ readiness: { 'p-ana': 'ready' } }),
      ana,
      {
        type: 'readiness:answer',
        choice: 'ready',
      },
      context(),
    );
    expect(result).toEqual({ ok: true, data: [] });
  });

  it('refuses an answer from the facilitator or the projector', () => {
    for (const actor of [facilitator, projector]) {
      const result = decide(workshop(), actor, { type: 'readiness:answer', choice: 'ready' }, context());
      expect(result.ok ? null : result.error.code).toBe('forbidden');
    }
  });

  it('tallies who is ready, who wants to observe more and who has not answered', () => {
    const state = workshop({ readiness: { 'p-ana': 'ready', 'p-cleo': 'observe-more', 'p-dev': 'ready' } });
    expect(readinessTally(state)).toEqual({ ready: ['p-ana'], observeMore: ['p-cleo'], unanswered: ['p-ben'] });
  });
});

describe('stored workshops', () => {
  it('load without posts or readiness', () => {
    const { posts: _posts, readiness: _readiness, ...old } = workshop();
    const loaded = workshopStateSchema.parse(old);
    expect(loaded.posts).toEqual({});
    expect(loaded.readiness).toEqual({});
  });
});
