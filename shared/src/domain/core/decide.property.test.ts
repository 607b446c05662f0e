import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { commandSchemas, type Command, type CommandType, type JoinCommand } from './commands.js';
import { decide } from './decide.js';
import { stateProblems } from './invariants.js';
import { applyEvents } from './reduce.js';
import { createWorkshopState, workshopStateSchema, type WorkshopState } from './state.js';
import { stepsFromTemplate } from '../agenda/templates.js';

/**
 * Random sessions against the shared domain, as a hostile or careless room would send them:
 * every command type, from every kind of actor, naming ids that exist, ids that never did, and
 * the names every plain object inherits. After every step the state must still load (it is what
 * a restart parses) and every invariant must hold.
 */

const INHERITED = Object.getOwnPropertyNames(Object.prototype);

/** One step, as numbers the run resolves against the state it has reached. */
interface Step {
  type: CommandType | 'participant:join';
  actor: number;
  ids: number[];
  text: string;
  n: number;
  flag: boolean;
}

const texts = fc.constantFrom('Family', 'Faith and work', '  Padded  ', 'Ñandú 🌱', 'x'.repeat(500));
const stepArb: fc.Arbitrary<Step> = fc.record({
  // Joins weigh more, so there is a room of people to act in most runs.
  type: fc.oneof(
    { arbitrary: fc.constant<Step['type']>('participant:join'), weight: 1 },
    { arbitrary: fc.constantFrom<Step['type']>(...(Object.keys(commandSchemas) as CommandType[])), weight: 5 },
  ),
  actor: fc.nat(),
  ids: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  text: texts,
  n: fc.integer({ min: -3, max: 40 }),
  flag: fc.boolean(),
});

/** Picks from what exists, what was made up, and what objects inherit. */
function pick(pool: readonly string[], n: number): string {
  const choices = [...pool, ...INHERITED, 'missing-id'];
  return choices[n % choices.length]!;
}

function actorFor(state: WorkshopState, n: number): Actor {
  const people = Object.keys(state.participants);
  const actors: Actor[] = [
    { kind: 'facilitator' },
    { kind: 'projector' },
    { kind: 'participant', participantId: 'never-joined' },
    { kind: 'participant', participantId: 'constructor' },
    ...people.map((participantId): Actor => ({ kind: 'participant', participantId })),
  ];
  return actors[n % actors.length]!;
}

/** A raw command of `step.type`, its ids drawn from the current state. */
function commandFor(state: WorkshopState, step: Step): Record<string, unknown> {
  const [a = 0, b = 0, c = 0] = step.ids;
  const people = Object.keys(state.participants);
  const cards = Object.keys(state.cards);
  const pairs = Object.keys(state.pairs);
  const steps = state.agenda.map((s) => s.id);
  const column = (['values', 'interests', 'resources'] as const)[a % 3];
  switch (step.type) {
    case 'participant:join':
      return { name: step.text.slice(0, 40) };
    case 'card:add':
    case 'card:suggest':
      return { column, text: step.text };
    case 'card:edit':
      return { cardId: pick(cards, a), text: step.text };
    case 'card:delete':
      return { cardId: pick(cards, a) };
    case 'card:move':
      return { cardId: pick(cards, a), column };
    case 'card:merge':
      return { cardId: pick(cards, a), intoCardId: pick(cards, b) };
    case 'clock:adjust':
      return { minutes: step.n % 10 || 1 };
    case 'clock:goto':
    case 'agenda:remove-step':
      return { stepId: pick(steps, a) };
    case 'agenda:move-step':
      return { stepId: pick(steps, a), toIndex: Math.abs(step.n) };
    case 'agenda:save-step': {
      const base = state.agenda[a % Math.max(1, state.agenda.length)];
      const id = step.flag ? undefined : pick(steps, b);
      return { step: { ...(base ?? { title: 'New', minutes: 5, phases: [] }), id, title: step.text.slice(0, 100) } };
    }
    case 'settings:update':
      return step.flag ? { oddPerson: a % 2 ? 'trio' : 'facilitator' } : { notesFlow: a % 2 ? 'suggest' : 'direct' };
    case 'pairs:move': {
      const to = [pick(pairs, b), 'new', 'facilitator'][c % 3];
      return { participantId: pick(people, a), to };
    }
    case 'pairs:set-done':
      return { done: step.flag };
    case 'pairs:observe':
      return { pairId: step.flag ? null : pick(pairs, a) };
    case 'participant:leave':
    case 'participant:assign-role':
      return { participantId: pick(people, a), role: (['participant', 'timekeeper', 'notetaker'] as const)[b % 3] };
    case 'suggestion:accept':
    case 'suggestion:reject':
      return { suggestionId: pick(Object.keys(state.suggestions), a) };
    case 'reportback:set-order':
      return { pairIds: [...new Set([pick(pairs, a), pick(pairs, b)])] };
    case 'reportback:speak':
      return { index: step.flag ? null : Math.abs(step.n) % 4 };
    case 'learning:add':
      return { text: step.text };
    case 'learning:edit':
    case 'learning:delete':
      return {
        learningId: pick(
          state.learnings.items.map((l) => l.id),
          a,
        ),
        text: step.text,
      };
    case 'learning:set-reporter':
      return { participantId: step.flag ? null : pick(people, a) };
    case 'post:add':
      return { kind: step.flag ? 'noticing' : 'question', text: step.text };
    case 'post:delete':
      return { postId: pick(Object.keys(state.posts), a) };
    case 'post:mark-answered':
      return { postId: pick(Object.keys(state.posts), a), answered: step.flag };
    case 'readiness:answer':
      return { choice: step.flag ? 'ready' : 'observe-more' };
    case 'evaluation:set-open':
      return { open: step.flag };
    case 'evaluation:show-summary':
      return { show: step.flag };
    case 'clock:start':
    case 'clock:pause':
    case 'clock:next':
    case 'clock:previous':
    case 'pairs:shuffle':
    case 'pairs:clear':
      return {};
  }
}

/** Every id-like field (`...Id`, `...Ids`) in the events that names something objects inherit. */
function inheritedIdsIn(events: readonly object[]): string[] {
  const found: string[] = [];
  JSON.stringify(events, (key, value: unknown) => {
    const named = /Ids?$/.test(key) ? [value].flat() : [];
    for (const id of named) if (typeof id === 'string' && INHERITED.includes(id)) found.push(`${key}: ${id}`);
    return value;
  });
  return found;
}

function freshWorkshop(): WorkshopState {
  let n = 0;
  const agenda = stepsFromTemplate('practice-1on1', () => `step-${++n}`);
  return createWorkshopState({
    code: 'ABC234',
    title: 'Practice',
    template: 'practice-1on1',
    createdAt: 1_000,
    agenda,
  });
}

/**
 * Runs the steps. `throughSchema` does what the server does (the shared schema first, then
 * `decide`); without it, `decide` meets the raw ids itself, so the domain must hold on its own.
 */
function run(steps: readonly Step[], throughSchema: boolean): void {
  let state = freshWorkshop();
  let ids = 0;
  let at = 2_000;
  for (const step of steps) {
    const raw = commandFor(state, step);
    let command: Command | JoinCommand;
    if (step.type === 'participant:join') {
      command = { type: 'participant:join', name: String(raw.name) };
    } else if (throughSchema) {
      const parsed = commandSchemas[step.type].safeParse(raw);
      if (!parsed.success) continue;
      command = { type: step.type, ...parsed.data } as Command;
    } else {
      command = { type: step.type, ...raw } as Command;
    }
    const actor = step.type === 'participant:join' ? ({ kind: 'projector' } as const) : actorFor(state, step.actor);
    at += 1_000;
    const decided = decide(state, actor, command, { newId: () => `id-${++ids}`, now: at, random: () => 0.42 });
    if (!decided.ok) continue;
    expect(inheritedIdsIn(decided.data), `${step.type} ${JSON.stringify(raw)}`).toEqual([]);
    const seqBefore = state.seq;
    state = applyEvents(
      state,
      decided.data.map((event, i) => ({ seq: seqBefore + i + 1, at, event })),
    );
    const reloaded = workshopStateSchema.safeParse(JSON.parse(JSON.stringify(state)));
    expect(reloaded.success, `after ${step.type}: ${reloaded.error?.issues[0]?.message}`).toBe(true);
    expect(stateProblems(state), `after ${step.type} ${JSON.stringify(raw)}`).toEqual([]);
  }
}

const sessions = fc.array(stepArb, { minLength: 20, maxLength: 150, size: 'max' });

describe('decide and the reducer under random commands', () => {
  it('keep every workshop loadable and sound when commands pass the shared schemas first', () => {
    fc.assert(
      fc.property(sessions, (steps) => run(steps, true)),
      { numRuns: 150 },
    );
  });

  it('keep every workshop sound even when the domain meets unchecked ids such as constructor', () => {
    fc.assert(
      fc.property(sessions, (steps) => run(steps, false)),
      { numRuns: 150 },
    );
  });

  it('leaves the state untouched by an event that names an id objects inherit', () => {
    const state = freshWorkshop();
    for (const id of INHERITED) {
      const next = applyEvents(state, [
        { seq: 1, at: 5_000, event: { type: 'participant:role-assigned', participantId: id, role: 'notetaker' } },
        { seq: 2, at: 5_000, event: { type: 'card:edited', cardId: id, text: 'x' } },
        { seq: 3, at: 5_000, event: { type: 'participant:left', participantId: id } },
        { seq: 4, at: 5_000, event: { type: 'pairs:done-set', pairId: id, done: true } },
        { seq: 5, at: 5_000, event: { type: 'post:answered', postId: id, answered: true } },
        { seq: 6, at: 5_000, event: { type: 'card:merged', cardId: id, intoCardId: id, text: 'x' } },
      ]);
      expect({ ...next, seq: state.seq }).toEqual(state);
    }
  });

  it('refuses every id an object inherits at the schema', () => {
    for (const name of INHERITED) {
      expect(
        commandSchemas['participant:assign-role'].safeParse({ participantId: name, role: 'notetaker' }).success,
      ).toBe(false);
    }
  });
});
