import type { EventOf } from '../core/events.js';
import type { WorkshopState } from '../core/state.js';

type AgendaEvent = EventOf<
  | 'clock:started'
  | 'clock:paused'
  | 'clock:adjusted'
  | 'clock:moved'
  | 'agenda:step-saved'
  | 'agenda:step-removed'
  | 'agenda:step-moved'
  | 'settings:updated'
>;

/** The clock and agenda half of the reducer. `at` is the event's server time. */
export function applyAgendaEvent(state: WorkshopState, event: AgendaEvent, at: number): WorkshopState {
  const { clock } = state;
  switch (event.type) {
    case 'clock:started':
      return clock.runningSince !== null ? state : { ...state, clock: { ...clock, runningSince: at, started: true } };
    case 'clock:paused':
      if (clock.runningSince === null) return state;
      return {
        ...state,
        clock: { ...clock, elapsedMs: clock.elapsedMs + Math.max(0, at - clock.runningSince), runningSince: null },
      };
    case 'clock:adjusted':
      return { ...state, clock: { ...clock, extraMs: clock.extraMs + event.deltaMs } };
    case 'clock:moved':
      return {
        ...state,
        clock: {
          stepId: event.stepId,
          phaseId: event.phaseId,
          runningSince: event.running ? (event.startAt ?? at) : null,
          elapsedMs: 0,
          extraMs: 0,
          started: clock.started || event.running,
        },
      };
    case 'agenda:step-saved': {
      const agenda = state.agenda.filter((s) => s.id !== event.step.id);
      agenda.splice(event.index, 0, event.step);
      return { ...state, agenda };
    }
    case 'agenda:step-removed':
      return { ...state, agenda: state.agenda.filter((s) => s.id !== event.stepId) };
    case 'agenda:step-moved': {
      const step = state.agenda.find((s) => s.id === event.stepId);
      if (!step) return state;
      const agenda = state.agenda.filter((s) => s.id !== event.stepId);
      agenda.splice(event.toIndex, 0, step);
      return { ...state, agenda };
    }
    case 'settings:updated':
      return {
        ...state,
        settings: {
          autoAdvance: event.autoAdvance ?? state.settings.autoAdvance,
          oddPerson: event.oddPerson ?? state.settings.oddPerson,
          notesFlow: event.notesFlow ?? state.settings.notesFlow,
        },
      };
  }
}
