import { describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor.js';
import { AGENDA_LIMITS, stepMinutes, totalMinutes, type Step } from './agenda.js';
import { MINUTE_MS, readClock } from '../clock/clock.js';
import { commandSchemas, type Command, type StepDraft } from '../core/commands.js';
import { decide } from '../core/decide.js';
import type { DomainEvent } from '../core/events.js';
import { applyEvents } from '../core/reduce.js';
import { createWorkshopState, type Participant, type WorkshopState } from '../core/state.js';
import { AGENDA_TEMPLATES, stepsFromTemplate } from './templates.js';

const facilitator: Actor = { kind: 'facilitator' };
const tia: Actor = { kind: 'participant', participantId: 'p-tia' };
const T0 = Date.UTC(2025, 2, 14, 18, 0, 0);

function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function participant(id: string, role: Participant['role']): Participant {
  return { id, name: id, role, joinedAt: T0 };
}

/** The practice agenda with Tia as timekeeper, Noor as note-taker, Ana and Ben as participants. */
function practice(): WorkshopState {
  return {
    ...createWorkshopState({
      code: 'ABC234',
      title: 'Practice 1:1',
      template: 'practice-1on1',
      createdAt: T0 - MINUTE_MS,
      agenda: stepsFromTemplate('practice-1on1', counterIds()),
    }),
    participants: {
      'p-tia': participant('p-tia', 'timekeeper'),
      'p-noor': participant('p-noor', 'notetaker'),
      'p-ana': participant('p-ana', 'participant'),
      'p-ben': participant('p-ben', 'participant'),
    },
  };
}

function stepAt(state: WorkshopState, index: number): Step {
  const step = state.agenda[index];
  if (!step) throw new Error(`no step at index ${index}`);
  return step;
}

/** The events for a command, new ids drawn as `new-1`, `new-2`…; fails the test on a refusal. */
function decided(state: WorkshopState, command: Command, actor: Actor = facilitator): DomainEvent[] {
  const result = decide(state, actor, command, { newId: counterIds('new') });
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.reason}`);
  return result.data;
}

function perform(state: WorkshopState, command: Command, at: number, actor: Actor = facilitator): WorkshopState {
  const events = decided(state, command, actor).map((event, i) => ({ seq: state.seq + i + 1, at, event }));
  return applyEvents(state, events);
}

function draft(overrides: Partial<StepDraft> = {}): StepDraft {
  return {
    kind: 'general',
    title: 'Warm-up',
    minutes: 7,
    instructions: 'Say hello.',
    questions: [],
    links: [],
    phases: [],
    ...overrides,
  };
}

/** The draft the editor sends back for an existing step: everything as it is, ids included. */
function draftOf(step: Step): StepDraft {
  return { ...step, phases: step.phases.map((phase) => ({ ...phase })) };
}

describe('templates', () => {
  it('gives the 1:1 practice four steps of 5, 25, 15 and 5 minutes: 50 in all', () => {
    const steps = stepsFromTemplate('practice-1on1', counterIds());
    expect(steps.map((s) => [s.kind, s.minutes])).toEqual([
      ['roles', 5],
      ['pairs', 25],
      ['report-back', 15],
      ['learnings', 5],
    ]);
    expect(totalMinutes(steps)).toBe(50);
  });

  it('splits the pairs step into sub-phases of 8, 2, 8, 2 and 5 minutes', () => {
    const pairs = stepsFromTemplate('practice-1on1', counterIds()).find((s) => s.kind === 'pairs');
    expect(pairs?.phases.map((p) => [p.title, p.minutes])).toEqual([
      ['A organizes', 8],
      ['B gives feedback', 2],
      ['Switch: B organizes', 8],
      ['A gives feedback', 2],
      ['Write it down and commit', 5],
    ]);
    expect(pairs && stepMinutes(pairs)).toBe(25);
  });

  it('gives every step and sub-phase its own id', () => {
    const steps = stepsFromTemplate('training-plan', counterIds());
    const ids = steps.flatMap((s) => [s.id, ...s.phases.map((p) => p.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links the guide and the lecture from the training plan’s check-in', () => {
    const [checkIn] = stepsFromTemplate('training-plan', counterIds());
    expect(checkIn?.title).toBe('Check-in');
    expect(checkIn?.links.length).toBeGreaterThan(0);
    for (const link of checkIn?.links ?? []) {
      expect(link.label).not.toBe('');
      expect(link.url).toMatch(/^https:\/\//);
    }
  });

  it('keeps each templated step as long as its sub-phases', () => {
    for (const template of Object.values(AGENDA_TEMPLATES)) {
      for (const step of stepsFromTemplate(template.id, counterIds())) {
        expect(step.minutes, `${template.id}: ${step.title}`).toBe(stepMinutes(step));
      }
    }
  });

  it('starts a custom agenda empty, with the clock pointing at nothing', () => {
    const state = createWorkshopState({
      code: 'ABC234',
      title: 'Custom',
      template: 'custom',
      createdAt: T0,
      agenda: stepsFromTemplate('custom', counterIds()),
    });
    expect(state.agenda).toEqual([]);
    expect(state.clock).toMatchObject({ stepId: null, phaseId: null, started: false });
  });

  it('points a new workshop’s clock at the first step, not started', () => {
    const state = practice();
    expect(state.clock).toEqual({
      stepId: stepAt(state, 0).id,
      phaseId: null,
      runningSince: null,
      elapsedMs: 0,
      extraMs: 0,
      started: false,
    });
  });
});

describe('saving a step', () => {
  it('gives a new step and its sub-phases ids and makes it as long as its sub-phases', () => {
    const state = practice();
    const events = decided(state, {
      type: 'agenda:save-step',
      step: draft({
        minutes: 99,
        phases: [
          { title: 'Talk', minutes: 3, instructions: '' },
          { title: 'Listen', minutes: 1.5, instructions: '' },
        ],
      }),
    });
    expect(events).toEqual([
      {
        type: 'agenda:step-saved',
        index: 4,
        step: {
          id: 'new-3',
          kind: 'general',
          title: 'Warm-up',
          minutes: 4.5,
          instructions: 'Say hello.',
          questions: [],
          links: [],
          phases: [
            { id: 'new-1', title: 'Talk', minutes: 3, instructions: '' },
            { id: 'new-2', title: 'Listen', minutes: 1.5, instructions: '' },
          ],
        },
      },
    ]);
    const next = perform(state, { type: 'agenda:save-step', step: draft() }, T0);
    expect(next.agenda.map((s) => s.title)).toEqual([...state.agenda.map((s) => s.title), 'Warm-up']);
    expect(next.agenda[4]).toMatchObject({ id: 'new-1', minutes: 7 });
  });

  it('inserts a new step where asked, and at the end when asked for a place past it', () => {
    const state = practice();
    const second = perform(state, { type: 'agenda:save-step', step: draft(), index: 1 }, T0);
    expect(second.agenda.map((s) => s.title)[1]).toBe('Warm-up');
    expect(decided(state, { type: 'agenda:save-step', step: draft(), index: 40 })).toMatchObject([{ index: 4 }]);
  });

  it('edits a step in place, keeping its id, its place and its sub-phases’ ids', () => {
    const state = practice();
    const pairs = stepAt(state, 1);
    const edited = draftOf(pairs);
    edited.title = 'Practice in threes';
    edited.phases[0] = { ...pairs.phases[0]!, minutes: 10 };
    const next = perform(state, { type: 'agenda:save-step', step: edited }, T0);
    expect(next.agenda.map((s) => s.id)).toEqual(state.agenda.map((s) => s.id));
    expect(stepAt(next, 1)).toMatchObject({ id: pairs.id, title: 'Practice in threes', minutes: 27 });
    expect(stepAt(next, 1).phases.map((p) => p.id)).toEqual(pairs.phases.map((p) => p.id));
  });

  it('refuses to edit a step that is no longer on the agenda', () => {
    const result = decide(
      practice(),
      facilitator,
      { type: 'agenda:save-step', step: draft({ id: 'gone' }) },
      { newId: counterIds() },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a new step when the agenda is full, but still allows editing one', () => {
    const full = {
      ...practice(),
      agenda: stepsFromTemplate('practice-1on1', counterIds()).concat(
        Array.from({ length: AGENDA_LIMITS.steps - 4 }, (_, i) => ({ ...draft(), id: `extra-${i}`, phases: [] })),
      ),
    };
    expect(
      decide(full, facilitator, { type: 'agenda:save-step', step: draft() }, { newId: counterIds() }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(decided(full, { type: 'agenda:save-step', step: draftOf(stepAt(full, 0)) })).toHaveLength(1);
  });

  it('moves the clock to the step’s first sub-phase when the current sub-phase is removed, still running', () => {
    const inPairs = perform(practice(), { type: 'clock:goto', stepId: stepAt(practice(), 1).id }, T0);
    const third = perform(perform(inPairs, { type: 'clock:next' }, T0), { type: 'clock:next' }, T0);
    const running = perform(third, { type: 'clock:start' }, T0);
    const pairs = stepAt(running, 1);
    expect(running.clock.phaseId).toBe(pairs.phases[2]?.id);

    const withoutThird = { ...draftOf(pairs), phases: draftOf(pairs).phases.filter((_, i) => i !== 2) };
    const next = perform(running, { type: 'agenda:save-step', step: withoutThird }, T0 + 2 * MINUTE_MS);
    expect(next.clock).toMatchObject({
      stepId: pairs.id,
      phaseId: pairs.phases[0]?.id,
      runningSince: T0 + 2 * MINUTE_MS,
      elapsedMs: 0,
    });
    expect(stepAt(next, 1).minutes).toBe(17);
  });

  it('moves a paused clock to the step’s first sub-phase, still paused, when its sub-phase is removed', () => {
    const inPairs = perform(practice(), { type: 'clock:goto', stepId: stepAt(practice(), 1).id }, T0);
    const second = perform(inPairs, { type: 'clock:next' }, T0);
    const pairs = stepAt(second, 1);
    const onlyLast = { ...draftOf(pairs), phases: draftOf(pairs).phases.slice(4) };
    const next = perform(second, { type: 'agenda:save-step', step: onlyLast }, T0);
    expect(next.clock).toMatchObject({ stepId: pairs.id, phaseId: pairs.phases[4]?.id, runningSince: null });
  });

  it('moves the clock to the first of the sub-phases added to the current step', () => {
    const state = perform(practice(), { type: 'clock:start' }, T0);
    const roles = stepAt(state, 0);
    const split = { ...draftOf(roles), phases: [{ title: 'Choose roles', minutes: 2, instructions: '' }] };
    const next = perform(state, { type: 'agenda:save-step', step: split }, T0 + MINUTE_MS);
    expect(next.clock).toMatchObject({ stepId: roles.id, phaseId: 'new-1', runningSince: T0 + MINUTE_MS });
  });

  it('leaves the clock alone when the current sub-phase is kept', () => {
    const inPairs = perform(practice(), { type: 'clock:goto', stepId: stepAt(practice(), 1).id }, T0);
    const running = perform(inPairs, { type: 'clock:start' }, T0);
    const pairs = stepAt(running, 1);
    const longer = {
      ...draftOf(pairs),
      phases: draftOf(pairs).phases.map((p, i) => (i === 0 ? { ...p, minutes: 9 } : p)),
    };
    const events = decided(running, { type: 'agenda:save-step', step: longer });
    expect(events.map((e) => e.type)).toEqual(['agenda:step-saved']);
    const next = applyEvents(running, [{ seq: running.seq + 1, at: T0 + MINUTE_MS, event: events[0]! }]);
    expect(next.clock).toEqual(running.clock);
    expect(readClock(next.agenda, next.clock, T0 + MINUTE_MS).remainingMs).toBe(8 * MINUTE_MS);
  });

  it('points the clock at the first step saved into an empty agenda', () => {
    const empty = createWorkshopState({ code: 'ABC234', title: 'Custom', template: 'custom', createdAt: T0 });
    const next = perform(empty, { type: 'agenda:save-step', step: draft() }, T0);
    expect(next.clock).toMatchObject({ stepId: 'new-1', phaseId: null, runningSince: null, started: false });
  });
});

describe('removing and moving steps', () => {
  it('removes a step that is not current without moving the clock', () => {
    const state = practice();
    const events = decided(state, { type: 'agenda:remove-step', stepId: stepAt(state, 2).id });
    expect(events).toEqual([{ type: 'agenda:step-removed', stepId: stepAt(state, 2).id }]);
  });

  it('moves a running clock to the next step when the current step is removed', () => {
    const state = perform(practice(), { type: 'clock:start' }, T0);
    const roles = stepAt(state, 0);
    const next = perform(state, { type: 'agenda:remove-step', stepId: roles.id }, T0 + MINUTE_MS);
    expect(next.agenda).toHaveLength(3);
    expect(next.clock).toMatchObject({
      stepId: stepAt(state, 1).id,
      phaseId: stepAt(state, 1).phases[0]?.id,
      runningSince: T0 + MINUTE_MS,
      elapsedMs: 0,
    });
  });

  it('moves the clock to the step before when the current last step is removed', () => {
    const state = practice();
    const last = perform(state, { type: 'clock:goto', stepId: stepAt(state, 3).id }, T0);
    const next = perform(last, { type: 'agenda:remove-step', stepId: stepAt(state, 3).id }, T0);
    expect(next.clock).toMatchObject({ stepId: stepAt(state, 2).id, runningSince: null });
  });

  it('points a running clock at nothing, stopped, when the only step is removed', () => {
    const empty = createWorkshopState({ code: 'ABC234', title: 'Custom', template: 'custom', createdAt: T0 });
    const one = perform(empty, { type: 'agenda:save-step', step: draft() }, T0);
    const running = perform(one, { type: 'clock:start' }, T0);
    const next = perform(running, { type: 'agenda:remove-step', stepId: 'new-1' }, T0 + MINUTE_MS);
    expect(next.agenda).toEqual([]);
    expect(next.clock).toMatchObject({ stepId: null, phaseId: null, runningSince: null, started: true });
  });

  it('refuses to remove a step that is not on the agenda', () => {
    expect(
      decide(practice(), facilitator, { type: 'agenda:remove-step', stepId: 'gone' }, { newId: counterIds() }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('moves a step to another place, and the clock stays on it', () => {
    const state = perform(practice(), { type: 'clock:start' }, T0);
    const roles = stepAt(state, 0);
    const next = perform(state, { type: 'agenda:move-step', stepId: roles.id, toIndex: 2 }, T0 + MINUTE_MS);
    expect(next.agenda.map((s) => s.kind)).toEqual(['pairs', 'report-back', 'roles', 'learnings']);
    expect(next.clock).toEqual(state.clock);
  });

  it('moves a step asked to go past the end to the last place', () => {
    const state = practice();
    expect(decided(state, { type: 'agenda:move-step', stepId: stepAt(state, 0).id, toIndex: 12 })).toEqual([
      { type: 'agenda:step-moved', stepId: stepAt(state, 0).id, toIndex: 3 },
    ]);
  });

  it('accepts a move to where the step already is without any event', () => {
    const state = practice();
    expect(decided(state, { type: 'agenda:move-step', stepId: stepAt(state, 1).id, toIndex: 1 })).toEqual([]);
  });

  it('refuses to move a step that is not on the agenda', () => {
    expect(
      decide(
        practice(),
        facilitator,
        { type: 'agenda:move-step', stepId: 'gone', toIndex: 0 },
        { newId: counterIds() },
      ),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('settings and roles', () => {
  it('turns auto-advance off and on, and says nothing when it is already so', () => {
    const state = practice();
    const off = perform(state, { type: 'settings:update', autoAdvance: false }, T0);
    expect(off.settings).toMatchObject({ autoAdvance: false });
    expect(decided(off, { type: 'settings:update', autoAdvance: false })).toEqual([]);
    expect(perform(off, { type: 'settings:update', autoAdvance: true }, T0).settings).toMatchObject({
      autoAdvance: true,
    });
  });

  it('takes the timekeeper role from its previous holder when giving it to someone else', () => {
    const state = practice();
    const events = decided(state, { type: 'participant:assign-role', participantId: 'p-ana', role: 'timekeeper' });
    expect(events).toEqual([
      { type: 'participant:role-assigned', participantId: 'p-tia', role: 'participant' },
      { type: 'participant:role-assigned', participantId: 'p-ana', role: 'timekeeper' },
    ]);
    const next = applyEvents(
      state,
      events.map((event, i) => ({ seq: i + 1, at: T0, event })),
    );
    expect(Object.values(next.participants).map((p) => [p.id, p.role])).toEqual([
      ['p-tia', 'participant'],
      ['p-noor', 'notetaker'],
      ['p-ana', 'timekeeper'],
      ['p-ben', 'participant'],
    ]);
  });

  it('lets one person give up a role without touching anyone else', () => {
    const state = practice();
    expect(decided(state, { type: 'participant:assign-role', participantId: 'p-tia', role: 'participant' })).toEqual([
      { type: 'participant:role-assigned', participantId: 'p-tia', role: 'participant' },
    ]);
  });

  it('accepts giving someone the role they already hold without any event', () => {
    expect(
      decided(practice(), { type: 'participant:assign-role', participantId: 'p-noor', role: 'notetaker' }),
    ).toEqual([]);
  });

  it('refuses a role for someone who is not in the workshop', () => {
    const result = decide(
      practice(),
      facilitator,
      { type: 'participant:assign-role', participantId: 'p-gone', role: 'timekeeper' },
      { newId: counterIds() },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lets a new timekeeper run the clock and stops the previous one', () => {
    const state = perform(
      practice(),
      { type: 'participant:assign-role', participantId: 'p-ana', role: 'timekeeper' },
      T0,
    );
    const ana: Actor = { kind: 'participant', participantId: 'p-ana' };
    expect(perform(state, { type: 'clock:start' }, T0, ana).clock.runningSince).toBe(T0);
    expect(decide(state, tia, { type: 'clock:start' }, { newId: counterIds() })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('only the facilitator shapes the agenda', () => {
  const state = practice();
  const commands: Command[] = [
    { type: 'agenda:save-step', step: draft() },
    { type: 'agenda:remove-step', stepId: stepAt(state, 0).id },
    { type: 'agenda:move-step', stepId: stepAt(state, 0).id, toIndex: 2 },
    { type: 'settings:update', autoAdvance: false },
    { type: 'participant:assign-role', participantId: 'p-ana', role: 'timekeeper' },
  ];

  it.each<[string, Actor]>([
    ['the timekeeper', tia],
    ['the note-taker', { kind: 'participant', participantId: 'p-noor' }],
    ['a participant', { kind: 'participant', participantId: 'p-ana' }],
    ['the projector', { kind: 'projector' }],
  ])('refuses every agenda, settings and role command from %s', (_who, actor) => {
    for (const command of commands) {
      expect(decide(state, actor, command, { newId: counterIds() }), command.type).toEqual({
        ok: false,
        error: { code: 'forbidden', reason: 'workshop.facilitatorOnly' },
      });
    }
  });

  it('accepts every one of them from the facilitator', () => {
    for (const command of commands) expect(decided(state, command).length, command.type).toBeGreaterThan(0);
  });
});

describe('command schemas', () => {
  it('accepts whole minutes from −10 to +10 for an adjustment, but not zero', () => {
    const adjust = commandSchemas['clock:adjust'];
    for (const minutes of [-10, -1, 1, 10]) expect(adjust.safeParse({ minutes }).success).toBe(true);
    for (const minutes of [0, 0.5, 11, -11]) expect(adjust.safeParse({ minutes }).success).toBe(false);
  });

  it('refuses a sub-phase shorter than half a minute', () => {
    const save = commandSchemas['agenda:save-step'];
    const step = draft({ phases: [{ title: 'Blink', minutes: 0.25, instructions: '' }] });
    expect(save.safeParse({ step }).success).toBe(false);
    expect(save.safeParse({ step: { ...step, phases: [{ ...step.phases[0]!, minutes: 0.5 }] } }).success).toBe(true);
  });

  it('takes a link only to a web address, whole and without spaces', () => {
    const save = commandSchemas['agenda:save-step'];
    const withUrl = (url: string) => ({ step: draft({ links: [{ label: 'Guide', url }] }) });
    expect(save.safeParse(withUrl('https://pbevanston.org/guide?part=2')).success).toBe(true);
    expect(save.safeParse(withUrl('http://example.org')).success).toBe(true);
    for (const url of ['https://example.org/my guide', 'https://', 'javascript:alert(1)', 'pbevanston.org']) {
      expect(save.safeParse(withUrl(url)).success, url).toBe(false);
    }
  });
});

describe('a sub-phase id names one sub-phase only', () => {
  it('refuses a step saved with a sub-phase id taken from another step, or the same id twice', () => {
    let n = 0;
    const agenda = stepsFromTemplate('training-plan', () => `id-${++n}`);
    const state = createWorkshopState({ code: 'ABC234', title: 'T', template: 'training-plan', createdAt: 1, agenda });
    const [first, second] = agenda.filter((step) => step.phases.length > 0);
    if (!first || !second) throw new Error('expected two steps with sub-phases');
    const ctx = { newId: () => `new-${++n}` };
    const borrowed = { ...first, phases: [...first.phases, second.phases[0]!] };
    const repeated = { ...first, phases: [first.phases[0]!, first.phases[0]!] };
    const copied = { ...first, id: undefined };
    for (const step of [borrowed, repeated, copied]) {
      expect(decide(state, { kind: 'facilitator' }, { type: 'agenda:save-step', step }, ctx)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(decide(state, { kind: 'facilitator' }, { type: 'agenda:save-step', step: first }, ctx).ok).toBe(true);
  });
});
