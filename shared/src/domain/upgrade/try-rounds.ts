import type { Phase, Step } from '../agenda/agenda.js';
import { AGENDA_TEMPLATES } from '../agenda/templates.js';
import { locate } from '../clock/clock.js';
import type { WorkshopState } from '../core/state.js';

/** The sub-phases of the training plan's "Try a 1:1" as the first release made them: one 1:1, no switch. */
const FIRST_RELEASE_TITLES = ['Conduct a one-on-one', 'Reflect and tips', 'Schedule the next one'];

/** Which of the new sub-phases each old one becomes, so a clock pointing at an old one stays valid. */
const NEW_PLACE_OF_OLD = [0, 1, 4];

/**
 * Version 2: the training plan's "Try a 1:1" gained two organizing rounds with a switch between
 * (before, the roles never switched). A stored workshop whose step still has the first release's
 * three sub-phases gets the template's five. Left as they were: a step the group has finished
 * (the record says what was run) and a step the clock has already run time on (its sub-phases'
 * lengths and the time elapsed in them must not change under people). A step the facilitator
 * reshaped is theirs and left alone too.
 */
export function withTryRounds(state: WorkshopState): WorkshopState {
  if (state.template !== 'training-plan') return state;
  const current = locate(state.agenda, state.clock).stepIndex;
  const hasRun = (index: number) =>
    state.clock.started &&
    (index < current || (index === current && (state.clock.runningSince !== null || state.clock.elapsedMs > 0)));
  let changed = false;
  const agenda = state.agenda.map((step, index) => {
    if (!isFirstReleaseTryStep(step) || hasRun(index)) return step;
    changed = true;
    return withRounds(step);
  });
  return changed ? { ...state, agenda } : state;
}

function isFirstReleaseTryStep(step: Step): boolean {
  return (
    step.kind === 'try' &&
    !step.phases.some((phase) => phase.activity === 'organize') &&
    step.phases.map((phase) => phase.title).join('\n') === FIRST_RELEASE_TITLES.join('\n')
  );
}

function withRounds(step: Step): Step {
  const template = AGENDA_TEMPLATES['training-plan'].steps.find((s) => s.kind === 'try')?.phases ?? [];
  // Ids of the two new sub-phases come from the step's own, so loading twice gives the same state.
  const stem = step.id.slice(0, 50);
  const phases: Phase[] = template.map((phase, index) => {
    const old = step.phases[NEW_PLACE_OF_OLD.indexOf(index)];
    return { id: old?.id ?? `${stem}-new-${index}`, ...phase };
  });
  return { ...step, phases, minutes: phases.reduce((sum, phase) => sum + phase.minutes, 0) };
}
