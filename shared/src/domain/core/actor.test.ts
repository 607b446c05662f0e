import { describe, expect, it } from 'vitest';
import {
  canEditFlipchart,
  canExportRecord,
  canRecordLearnings,
  canRunClock,
  canRunReportBack,
  isFacilitator,
  roleOf,
  type Actor,
} from './actor.js';
import { createWorkshopState, type Participant, type WorkshopState } from './state.js';

const facilitator: Actor = { kind: 'facilitator' };
const projector: Actor = { kind: 'projector' };
const ana: Actor = { kind: 'participant', participantId: 'p-ana' };
const noor: Actor = { kind: 'participant', participantId: 'p-noor' };
const tim: Actor = { kind: 'participant', participantId: 'p-tim' };
const gone: Actor = { kind: 'participant', participantId: 'p-gone' };

function participant(id: string, role: Participant['role'], leftAt?: number): Participant {
  return { id, name: id, role, joinedAt: 1_000, ...(leftAt === undefined ? {} : { leftAt }) };
}

/** Ana takes part, Noor takes notes, Tim keeps time; a former note-taker has left. */
const state: WorkshopState = {
  ...createWorkshopState({ code: 'ABC234', title: 'Practice 1:1', template: 'practice-1on1', createdAt: 500 }),
  participants: {
    'p-ana': participant('p-ana', 'participant'),
    'p-noor': participant('p-noor', 'notetaker'),
    'p-tim': participant('p-tim', 'timekeeper'),
    'p-gone': participant('p-gone', 'notetaker', 2_000),
  },
};

/** Who, of everyone, a rule lets through. */
function allowedBy(rule: (state: WorkshopState, actor: Actor) => boolean): string[] {
  const everyone = { facilitator, projector, ana, noor, tim, gone };
  return Object.entries(everyone)
    .filter(([, actor]) => rule(state, actor))
    .map(([name]) => name);
}

describe('who may do what', () => {
  it('lets the facilitator and the note-taker keep the flipchart', () => {
    expect(allowedBy(canEditFlipchart)).toEqual(['facilitator', 'noor']);
  });

  it('lets the facilitator and the note-taker run the report-back', () => {
    expect(allowedBy(canRunReportBack)).toEqual(['facilitator', 'noor']);
  });

  it('lets the facilitator and the note-taker record the key learnings', () => {
    expect(allowedBy(canRecordLearnings)).toEqual(['facilitator', 'noor']);
  });

  it('lets the facilitator and the note-taker export the record, never the projector', () => {
    expect(allowedBy(canExportRecord)).toEqual(['facilitator', 'noor']);
  });

  it('lets the facilitator and the timekeeper run the clock', () => {
    expect(allowedBy(canRunClock)).toEqual(['facilitator', 'tim']);
  });

  it('knows the facilitator by who they are, not by a role on the roster', () => {
    expect(allowedBy((_, actor) => isFacilitator(actor))).toEqual(['facilitator']);
  });

  it('gives someone who left no role, so a former note-taker keeps no right', () => {
    expect(roleOf(state, gone)).toBeNull();
    expect(roleOf(state, noor)).toBe('notetaker');
  });
});
