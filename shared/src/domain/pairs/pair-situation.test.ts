import { describe, expect, it } from 'vitest';
import type { Step } from '../agenda/agenda.js';
import { organizerOfRound, pairCardContent, pairSituation, roundsOf } from './pair-situation.js';
import type { Pair } from './pairs.js';
import { stepsFromTemplate } from '../agenda/templates.js';

function counterIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const agenda = stepsFromTemplate('practice-1on1', counterIds());
/** Practice in pairs: A organizes, B gives feedback, Switch: B organizes, A gives feedback, Write it down. */
const practice = agenda.find((s) => s.kind === 'pairs')!;

function pair(memberIds: string[], withFacilitator = false): Pair {
  return { id: 'pair-1', memberIds, withFacilitator, done: false };
}

/** The clock in the practice step, at its sub-phase `phaseIndex`. */
function inPractice(phaseIndex: number): { step: Step; phaseIndex: number } {
  return { step: practice, phaseIndex };
}

describe('pairSituation', () => {
  const ab = pair(['A', 'B']);

  it('has A organize and B be organized while A organizes', () => {
    expect(pairSituation(ab, 'A', inPractice(0))).toEqual({
      round: 1,
      activity: 'organize',
      role: 'organizer',
      prompts: 'organizer',
    });
    expect(pairSituation(ab, 'B', inPractice(0))).toMatchObject({ role: 'organizee', prompts: 'organizee' });
  });

  it('has the organizee give feedback and the organizer listen in the feedback phase', () => {
    expect(pairSituation(ab, 'B', inPractice(1))).toMatchObject({
      round: 1,
      activity: 'feedback',
      prompts: 'feedback',
    });
    expect(pairSituation(ab, 'A', inPractice(1))).toMatchObject({ round: 1, activity: 'feedback', prompts: 'listen' });
  });

  it('switches the roles at the second organizing phase, and the feedback with them', () => {
    expect(pairSituation(ab, 'B', inPractice(2))).toMatchObject({ round: 2, role: 'organizer', prompts: 'organizer' });
    expect(pairSituation(ab, 'A', inPractice(2))).toMatchObject({ round: 2, role: 'organizee', prompts: 'organizee' });
    expect(pairSituation(ab, 'A', inPractice(3))).toMatchObject({ round: 2, prompts: 'feedback' });
    expect(pairSituation(ab, 'B', inPractice(3))).toMatchObject({ round: 2, prompts: 'listen' });
  });

  it('has everyone write together in the writing phase, whatever their role', () => {
    expect(pairSituation(ab, 'A', inPractice(4))).toMatchObject({ activity: 'write', prompts: 'write' });
    expect(pairSituation(ab, 'B', inPractice(4))).toMatchObject({ activity: 'write', prompts: 'write' });
  });

  it('gives a trio’s third member the observer’s prompts, even in feedback', () => {
    const abc = pair(['A', 'B', 'C']);
    expect(pairSituation(abc, 'C', inPractice(0))).toMatchObject({ role: 'observer', prompts: 'observer' });
    expect(pairSituation(abc, 'C', inPractice(1))).toMatchObject({ role: 'observer', prompts: 'observer' });
    expect(pairSituation(abc, 'A', inPractice(2))).toMatchObject({ role: 'observer', prompts: 'observer' });
  });

  it('has no round, role or prompts outside a practice step, or before the clock is read', () => {
    const after = agenda.filter((s) => s.kind !== 'pairs');
    expect(after.map((s) => s.title)).toEqual(['Roles and agenda', 'Get to know your team', 'Summarize key learnings']);
    for (const step of after) expect(pairSituation(ab, 'B', { step, phaseIndex: -1 })).toBeNull();
    expect(pairSituation(ab, 'B', { step: null, phaseIndex: -1 })).toBeNull();
    expect(pairSituation(ab, 'B', null)).toBeNull();
  });

  it('calls a sub-phase without an activity "other"', () => {
    const plain: Step = { ...practice, phases: practice.phases.map(({ activity: _, ...phase }) => phase) };
    expect(pairSituation(ab, 'A', { step: plain, phaseIndex: 0 })).toMatchObject({ activity: 'other', round: 1 });
  });
});

describe('pairSituation in the training plan’s "Try a 1:1"', () => {
  const plan = stepsFromTemplate('training-plan', counterIds());
  const tryStep = plan.find((s) => s.kind === 'try')!;
  const ab = pair(['A', 'B']);
  const inTry = (title: string, occurrence = 0) => ({
    step: tryStep,
    phaseIndex: tryStep.phases.map((p, i) => (p.title === title ? i : -1)).filter((i) => i >= 0)[occurrence]!,
  });

  it('has the first of the pair conduct the first one-on-one and the second be organized', () => {
    expect(pairSituation(ab, 'A', inTry('Conduct a one-on-one'))).toMatchObject({ round: 1, role: 'organizer' });
    expect(pairSituation(ab, 'B', inTry('Conduct a one-on-one'))).toMatchObject({ round: 1, prompts: 'organizee' });
    expect(pairSituation(ab, 'B', inTry('Reflect and tips'))).toMatchObject({ round: 1, prompts: 'feedback' });
  });

  it('switches the roles for the second one-on-one, and the reflection with them', () => {
    const second = inTry('Switch: conduct a one-on-one');
    expect(pairSituation(ab, 'B', second)).toMatchObject({ round: 2, role: 'organizer', prompts: 'organizer' });
    expect(pairSituation(ab, 'A', second)).toMatchObject({ round: 2, role: 'organizee', prompts: 'organizee' });
    expect(pairSituation(ab, 'A', inTry('Reflect and tips', 1))).toMatchObject({ round: 2, prompts: 'feedback' });
    expect(pairSituation(ab, 'B', inTry('Schedule the next one'))).toMatchObject({ round: 2, role: 'organizer' });
  });
});

describe('pairCardContent', () => {
  const kinds = (template: 'practice-1on1' | 'training-plan') =>
    stepsFromTemplate(template, counterIds()).map((step) => [step.title, pairCardContent(step)]);

  it('shows the practice while pairs practise, the partner in other steps, and nothing in the evaluation', () => {
    expect(kinds('practice-1on1')).toEqual([
      ['Roles and agenda', 'partner'],
      ['Practice in pairs', 'practice'],
      ['Get to know your team', 'partner'],
      ['Summarize key learnings', 'partner'],
    ]);
    expect(kinds('training-plan')).toEqual([
      ['Check-in', 'partner'],
      ['Observe a 1:1', 'partner'],
      ['Try a 1:1', 'practice'],
      ['Evaluation', 'nothing'],
    ]);
    expect(pairCardContent(null)).toBe('partner');
  });
});

describe('roundsOf', () => {
  it('gives a pair two rounds, a trio three, and someone partnering the facilitator two', () => {
    expect(roundsOf(pair(['A', 'B']))).toEqual([1, 2]);
    expect(roundsOf(pair(['A', 'B', 'C']))).toEqual([1, 2, 3]);
    expect(roundsOf(pair(['A'], true))).toEqual([1, 2]);
  });
});

describe('organizerOfRound', () => {
  it('has each member organize one round in the pair’s order', () => {
    const abc = pair(['A', 'B', 'C']);
    expect(roundsOf(abc).map((round) => organizerOfRound(abc, round))).toEqual(['A', 'B', 'C']);
  });

  it('has the facilitator organize the second round for someone they partner', () => {
    const single = pair(['A'], true);
    expect(roundsOf(single).map((round) => organizerOfRound(single, round))).toEqual(['A', null]);
  });
});
