import { describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor.js';
import { MINUTE_MS } from '../clock/clock.js';
import type { Command } from '../core/commands.js';
import { decide } from '../core/decide.js';
import type { DomainEvent } from '../core/events.js';
import { applyEvents } from '../core/reduce.js';
import { reportBackTimer } from './report-back.js';
import { createWorkshopState, type Participant, type WorkshopState } from '../core/state.js';
import { stepsFromTemplate } from '../agenda/templates.js';

const facilitator: Actor = { kind: 'facilitator' };
const projector: Actor = { kind: 'projector' };
const ana: Actor = { kind: 'participant', participantId: 'p-ana' };
const noor: Actor = { kind: 'participant', participantId: 'p-noor' };
const NOW = 50_000;

function participant(id: string, name: string, role: Participant['role'] = 'participant'): Participant {
  return { id, name, role, joinedAt: 1_000 };
}

function pair(id: string, memberIds: string[]) {
  return { id, memberIds, withFacilitator: false, done: false };
}

/** Three pairs on the 1:1 practice agenda (report-back is 15 minutes); Noor takes notes. */
function workshop(overrides: Partial<WorkshopState> = {}): WorkshopState {
  let n = 0;
  return {
    ...createWorkshopState({
      code: 'ABC234',
      title: 'Practice 1:1',
      template: 'practice-1on1',
      createdAt: 500,
      agenda: stepsFromTemplate('practice-1on1', () => `step-${++n}`),
    }),
    seq: 12,
    participants: {
      'p-ana': participant('p-ana', 'Ana'),
      'p-ben': participant('p-ben', 'Ben'),
      'p-cleo': participant('p-cleo', 'Cleo'),
      'p-dan': participant('p-dan', 'Dan'),
      'p-eva': participant('p-eva', 'Eva'),
      'p-noor': participant('p-noor', 'Noor', 'notetaker'),
    },
    pairs: {
      'pair-ab': pair('pair-ab', ['p-ana', 'p-ben']),
      'pair-cd': pair('pair-cd', ['p-cleo', 'p-dan']),
      'pair-en': pair('pair-en', ['p-eva', 'p-noor']),
    },
    ...overrides,
  };
}

const ordered = (pairIds: string[], currentIndex: number | null = null, startedAt: number | null = null) => ({
  reportBack: { order: pairIds, currentIndex, startedAt },
});

/** Decides a command and, when accepted, applies its events as if the server stamped them at NOW. */
function run(state: WorkshopState, actor: Actor, command: Command) {
  let n = 0;
  const result = decide(state, actor, command, { newId: () => `id-${++n}`, now: NOW });
  if (!result.ok) return { result, next: state };
  const next = applyEvents(
    state,
    result.data.map((event: DomainEvent, i) => ({ seq: state.seq + 1 + i, at: NOW, event })),
  );
  return { result, next };
}

const forbidden = { ok: false, error: { code: 'forbidden', reason: expect.any(String) } };
const notFound = { ok: false, error: { code: 'not_found', reason: expect.any(String) } };
const invalid = { ok: false, error: { code: 'invalid_input', reason: expect.any(String) } };

describe('reportback:set-order', () => {
  it('records the order the pairs speak in, for the facilitator and the note-taker', () => {
    for (const actor of [facilitator, noor]) {
      const { result, next } = run(workshop(), actor, {
        type: 'reportback:set-order',
        pairIds: ['pair-cd', 'pair-ab', 'pair-en'],
      });

      expect(result).toEqual({
        ok: true,
        data: [{ type: 'reportback:ordered', pairIds: ['pair-cd', 'pair-ab', 'pair-en'] }],
      });
      expect(next.reportBack).toEqual({
        order: ['pair-cd', 'pair-ab', 'pair-en'],
        currentIndex: null,
        startedAt: null,
      });
    }
  });

  it('says a pair that no longer exists is not found, and changes nothing', () => {
    const state = workshop();
    const { result, next } = run(state, facilitator, { type: 'reportback:set-order', pairIds: ['pair-ab', 'pair-zz'] });

    expect(result).toEqual(notFound);
    expect(next).toBe(state);
  });

  it('refuses a pair twice in the order', () => {
    const state = workshop();
    const { result, next } = run(state, facilitator, {
      type: 'reportback:set-order',
      pairIds: ['pair-ab', 'pair-cd', 'pair-ab'],
    });

    expect(result).toEqual(invalid);
    expect(next).toBe(state);
  });

  it('keeps the pair that is speaking speaking, at its new place, with its time running on', () => {
    const state = workshop(ordered(['pair-ab', 'pair-cd', 'pair-en'], 1, 40_000));
    const { next } = run(state, noor, { type: 'reportback:set-order', pairIds: ['pair-cd', 'pair-en', 'pair-ab'] });

    expect(next.reportBack).toEqual({ order: ['pair-cd', 'pair-en', 'pair-ab'], currentIndex: 0, startedAt: 40_000 });
  });

  it('stops the speaker when their pair is left out of the new order', () => {
    const state = workshop(ordered(['pair-ab', 'pair-cd', 'pair-en'], 1, 40_000));
    const { next } = run(state, facilitator, { type: 'reportback:set-order', pairIds: ['pair-en', 'pair-ab'] });

    expect(next.reportBack).toEqual({ order: ['pair-en', 'pair-ab'], currentIndex: null, startedAt: null });
  });

  it('refuses a plain participant and the projector, and changes nothing', () => {
    const state = workshop();
    for (const actor of [ana, projector]) {
      const { result, next } = run(state, actor, { type: 'reportback:set-order', pairIds: ['pair-ab'] });
      expect(result).toEqual(forbidden);
      expect(next).toBe(state);
    }
  });
});

describe('reportback:speak', () => {
  const threeOrdered = () => workshop(ordered(['pair-ab', 'pair-cd', 'pair-en']));

  it('gives the floor to the pair at that place, from now', () => {
    const { result, next } = run(threeOrdered(), facilitator, { type: 'reportback:speak', index: 0 });

    expect(result).toEqual({ ok: true, data: [{ type: 'reportback:speaking', index: 0 }] });
    expect(next.reportBack).toMatchObject({ currentIndex: 0, startedAt: NOW });
  });

  it('accepts the last place and refuses one past it', () => {
    expect(run(threeOrdered(), noor, { type: 'reportback:speak', index: 2 }).next.reportBack.currentIndex).toBe(2);

    const state = threeOrdered();
    const { result, next } = run(state, noor, { type: 'reportback:speak', index: 3 });
    expect(result).toEqual(invalid);
    expect(next).toBe(state);
  });

  it('refuses to start before there is an order', () => {
    const { result } = run(workshop(), facilitator, { type: 'reportback:speak', index: 0 });

    expect(result).toEqual(invalid);
  });

  it('stops the report-back with no index', () => {
    const state = workshop(ordered(['pair-ab', 'pair-cd', 'pair-en'], 2, 40_000));
    const { next } = run(state, facilitator, { type: 'reportback:speak', index: null });

    expect(next.reportBack).toEqual({ order: ['pair-ab', 'pair-cd', 'pair-en'], currentIndex: null, startedAt: null });
  });

  it('refuses a plain participant, and changes nothing', () => {
    const state = threeOrdered();
    const { result, next } = run(state, ana, { type: 'reportback:speak', index: 0 });

    expect(result).toEqual(forbidden);
    expect(next).toBe(state);
  });
});

describe('reportBackTimer', () => {
  const speaking = (startedAt: number) => workshop(ordered(['pair-ab', 'pair-cd', 'pair-en'], 1, startedAt));

  it('gives 3 pairs in a 15-minute report-back the guide’s 4 minutes each, not 5', () => {
    expect(reportBackTimer(speaking(NOW), NOW)).toEqual({
      speakingPairId: 'pair-cd',
      perPairMs: 4 * MINUTE_MS,
      remainingMs: 4 * MINUTE_MS,
    });
  });

  it('counts the speaking pair’s time from when it began', () => {
    expect(reportBackTimer(speaking(NOW), NOW + 2 * MINUTE_MS).remainingMs).toBe(2 * MINUTE_MS);
  });

  it('goes negative once the pair is past its share', () => {
    expect(reportBackTimer(speaking(NOW), NOW + 5 * MINUTE_MS + 30_000).remainingMs).toBe(-(MINUTE_MS + 30_000));
  });

  it('keeps a single pair to 4 minutes and six pairs to no less than 3', () => {
    expect(reportBackTimer(workshop(ordered(['pair-ab'])), NOW).perPairMs).toBe(4 * MINUTE_MS);
    const six = ['pair-ab', 'pair-cd', 'pair-en', 'pair-xy', 'pair-q', 'pair-r'];
    expect(reportBackTimer(workshop(ordered(six)), NOW).perPairMs).toBe(3 * MINUTE_MS);
  });

  it('gives each pair a share of 3 min 45 s when four pairs report back', () => {
    const state = workshop(ordered(['pair-ab', 'pair-cd', 'pair-en', 'pair-xy']));

    expect(reportBackTimer(state, NOW)).toEqual({
      speakingPairId: null,
      perPairMs: 3 * MINUTE_MS + 45_000,
      remainingMs: 3 * MINUTE_MS + 45_000,
    });
  });

  it('has no share without an order, or without a report-back step', () => {
    expect(reportBackTimer(workshop(), NOW).perPairMs).toBe(0);
    const noStep = speaking(NOW);
    expect(
      reportBackTimer({ ...noStep, agenda: noStep.agenda.filter((s) => s.kind !== 'report-back') }, NOW),
    ).toMatchObject({ speakingPairId: 'pair-cd', perPairMs: 0 });
  });
});

describe('key learnings', () => {
  const withLearning = () =>
    workshop({ learnings: { items: [{ id: 'l-1', text: 'Share your story', createdAt: 10_000 }], reporterId: null } });

  it('adds a learning, trimmed, for the note-taker and the facilitator', () => {
    for (const actor of [noor, facilitator]) {
      const { result, next } = run(workshop(), actor, { type: 'learning:add', text: '  Listen more than you talk ' });

      expect(result).toEqual({
        ok: true,
        data: [{ type: 'learning:added', learningId: 'id-1', text: 'Listen more than you talk' }],
      });
      expect(next.learnings.items).toEqual([{ id: 'id-1', text: 'Listen more than you talk', createdAt: NOW }]);
    }
  });

  it('edits a learning and keeps when it was written', () => {
    const { next } = run(withLearning(), noor, {
      type: 'learning:edit',
      learningId: 'l-1',
      text: 'Share your story too',
    });

    expect(next.learnings.items).toEqual([{ id: 'l-1', text: 'Share your story too', createdAt: 10_000 }]);
  });

  it('deletes a learning', () => {
    const { next } = run(withLearning(), facilitator, { type: 'learning:delete', learningId: 'l-1' });

    expect(next.learnings.items).toEqual([]);
  });

  it('says a learning that is gone is not found', () => {
    const state = withLearning();
    expect(run(state, noor, { type: 'learning:edit', learningId: 'l-9', text: 'x' }).result).toEqual(notFound);
    expect(run(state, noor, { type: 'learning:delete', learningId: 'l-9' }).result).toEqual(notFound);
  });

  it('chooses who reports back to the larger group, and can clear the choice', () => {
    const chosen = run(workshop(), noor, { type: 'learning:set-reporter', participantId: 'p-cleo' }).next;
    expect(chosen.learnings.reporterId).toBe('p-cleo');

    const cleared = run(chosen, facilitator, { type: 'learning:set-reporter', participantId: null }).next;
    expect(cleared.learnings.reporterId).toBeNull();
  });

  it('says a reporter who is not in the workshop is not found', () => {
    const { result } = run(workshop(), facilitator, { type: 'learning:set-reporter', participantId: 'p-zz' });

    expect(result).toEqual(notFound);
  });

  it('refuses every learnings command from a plain participant and the projector, and changes nothing', () => {
    const state = withLearning();
    const commands: Command[] = [
      { type: 'learning:add', text: 'Ask for a commitment' },
      { type: 'learning:edit', learningId: 'l-1', text: 'Changed' },
      { type: 'learning:delete', learningId: 'l-1' },
      { type: 'learning:set-reporter', participantId: 'p-ana' },
    ];
    for (const actor of [ana, projector]) {
      for (const command of commands) {
        const { result, next } = run(state, actor, command);
        expect(result).toEqual(forbidden);
        expect(next).toBe(state);
      }
    }
  });
});
