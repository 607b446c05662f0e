import {
  applyEvents,
  createWorkshopState,
  type DomainEvent,
  type Identity,
  type SequencedEvent,
  type SessionSnapshot,
  type WorkshopState,
  stepsFromTemplate,
} from '@common-ground/shared';

/** The workshop with the 1:1 practice guide's agenda (its report-back fills the flipchart), clock idle. */
export function withPracticeAgenda(state: WorkshopState): WorkshopState {
  let n = 0;
  return { ...state, agenda: stepsFromTemplate('practice-1on1', () => `step-${++n}`) };
}

/** A workshop built through the real reducer, so fixtures never drift from the domain. */
export function workshopWith(events: DomainEvent[], code = 'ABC234'): WorkshopState {
  const base = createWorkshopState({ code, title: 'Tuesday 1:1 training', template: 'practice-1on1', createdAt: 1 });
  return applyEvents(base, sequence(events, 1));
}

/** Numbers events from `firstSeq`, one millisecond apart. */
export function sequence(events: DomainEvent[], firstSeq: number): SequencedEvent[] {
  return events.map((event, i) => ({ seq: firstSeq + i, at: 1000 + firstSeq + i, event }));
}

export function snapshot(state: WorkshopState, identity: Identity = { kind: 'facilitator' }): SessionSnapshot {
  return { identity, state };
}
