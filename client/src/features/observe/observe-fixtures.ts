import {
  applyEvents,
  createWorkshopState,
  stepsFromTemplate,
  type DomainEvent,
  type WorkshopState,
} from '@common-ground/shared';
import { MINUTE_MS, T0, type TimedEvent } from '../../test/clock-fixtures';
import { sixJoined } from '../../test/report-back-fixtures';

/** The training plan's agenda with predictable ids. */
function trainingAgenda() {
  let n = 0;
  return stepsFromTemplate('training-plan', () => `id-${++n}`);
}

const agenda = trainingAgenda();
export const observeStep = agenda.find((step) => step.kind === 'observe')!;

/** The clock runs the first phase of "Observe a 1:1" from a minute ago. */
export const observeRunning: TimedEvent = [
  T0 - MINUTE_MS,
  { type: 'clock:moved', stepId: observeStep.id, phaseId: observeStep.phases[0]!.id, running: true, auto: false },
];

/** An event a little before now, as the server stamped it. */
export const earlier = (event: DomainEvent, minutesAgo = 0.5): TimedEvent => [T0 - minutesAgo * MINUTE_MS, event];

/** Six people on the training plan, during "Observe a 1:1", with whatever happened since. */
export function observing(...more: TimedEvent[]): WorkshopState {
  const base = createWorkshopState({
    code: 'ABC234',
    title: 'Tuesday 1:1 training',
    template: 'training-plan',
    createdAt: 1,
    agenda: trainingAgenda(),
  });
  const events = [...sixJoined, observeRunning, ...more];
  return applyEvents(
    base,
    events.map(([at, event], i) => ({ seq: i + 1, at, event })),
  );
}
