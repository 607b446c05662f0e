import { randomBytes, randomUUID } from 'node:crypto';
import type { Decision, WorkshopRecord } from '@common-ground/server';
import {
  applyEvents,
  createWorkshopState,
  stepsFromTemplate,
  type DomainEvent,
  type SequencedEvent,
  type WorkshopState,
} from '@common-ground/shared';

/** The stores' tests' clock: 9:00 on a training day. */
export const T0 = Date.UTC(2026, 2, 14, 9);

/** A code no other test in the run draws (the stores never look inside it). */
export function newCode(): string {
  return randomBytes(5).toString('hex').toUpperCase();
}

/** A fresh practice workshop: its second step is the pairs step with sub-phases, its last has none. */
export function newWorkshop(change: (state: WorkshopState) => WorkshopState = (state) => state): WorkshopState {
  return change(
    createWorkshopState({
      code: newCode(),
      title: 'Practice 1:1',
      template: 'practice-1on1',
      createdAt: T0,
      agenda: stepsFromTemplate('practice-1on1', randomUUID),
    }),
  );
}

/** The state with its clock running at a place on the agenda (the stores' query reads only the JSON). */
export function runningAt(state: WorkshopState, stepIndex: number, phaseIndex: number | null): WorkshopState {
  const step = stepIndex < 0 ? state.agenda.at(stepIndex) : state.agenda[stepIndex];
  if (!step) throw new Error(`the agenda has no step ${stepIndex}`);
  const phase = phaseIndex === null ? null : phaseIndex < 0 ? step.phases.at(phaseIndex) : step.phases[phaseIndex];
  if (phaseIndex !== null && !phase) throw new Error(`step ${step.title} has no sub-phase ${phaseIndex}`);
  return {
    ...state,
    clock: { ...state.clock, started: true, stepId: step.id, phaseId: phase?.id ?? null, runningSince: T0 },
  };
}

/** What a change answers: the seq it reached, as the service's `{ seq }`. */
export interface Reached {
  seq: number;
}

/**
 * A decide as the service makes one: the answer given before when this command was applied
 * already, else `events` numbered on from the latest state, applied, and committed with the answer.
 */
export function decideEvents(
  events: (state: WorkshopState) => DomainEvent[],
  commandId?: string,
  extra: { participantToken?: { participantId: string; tokenHash: string } } = {},
): (workshop: WorkshopRecord, earlier: unknown) => Decision<Reached> {
  return ({ state }, earlier) => {
    if (earlier !== undefined) return { value: earlier as Reached };
    const sequenced: SequencedEvent[] = events(state).map((event, i) => ({ seq: state.seq + i + 1, at: T0, event }));
    const next = applyEvents(state, sequenced);
    const value = { seq: next.seq };
    return { commit: { events: sequenced, state: next, commandId, result: value, ...extra }, value };
  };
}

/** Adds a card with `text`. */
export function addCard(text: string, commandId?: string) {
  return decideEvents(
    () => [{ type: 'card:added', cardId: randomUUID(), column: 'values', text, authorId: null }],
    commandId,
  );
}

/** Joins `name` with a rejoin key whose hash is `tokenHash`. */
export function join(name: string, participantId: string, tokenHash: string, commandId: string) {
  return decideEvents(() => [{ type: 'participant:joined', participantId, name }], commandId, {
    participantToken: { participantId, tokenHash },
  });
}

/** The texts of the workshop's cards, in the order they were added. */
export function cardTexts(state: WorkshopState | undefined): string[] {
  return Object.values(state?.cards ?? {}).map((card) => card.text);
}
