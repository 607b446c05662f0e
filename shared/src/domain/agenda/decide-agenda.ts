import { fail, ok, type Result } from '../../protocol/errors.js';
import { isFacilitator, type Actor } from '../core/actor.js';
import { AGENDA_LIMITS, stepMinutes, type Step } from './agenda.js';
import { firstSegmentOf } from '../clock/clock.js';
import type { Command, StepDraft } from '../core/commands.js';
import { moveTo } from '../clock/decide-clock.js';
import type { DomainEvent } from '../core/events.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf } from '../core/keyed.js';

type AgendaCommand = Extract<
  Command,
  {
    type:
      'agenda:save-step' | 'agenda:remove-step' | 'agenda:move-step' | 'settings:update' | 'participant:assign-role';
  }
>;

/** The facilitator shapes the agenda, the settings and the roles, before and during the session. */
export function decideAgenda(
  state: WorkshopState,
  actor: Actor,
  command: AgendaCommand,
  newId: () => string,
): Result<DomainEvent[]> {
  if (!isFacilitator(actor)) return fail('forbidden', 'workshop.facilitatorOnly');
  switch (command.type) {
    case 'agenda:save-step':
      return saveStep(state, command.step, command.index, newId);
    case 'agenda:remove-step':
      return removeStep(state, command.stepId);
    case 'agenda:move-step': {
      const from = state.agenda.findIndex((s) => s.id === command.stepId);
      if (from < 0) return fail('not_found', 'agenda.stepGone');
      const toIndex = Math.min(command.toIndex, state.agenda.length - 1);
      return ok(toIndex === from ? [] : [{ type: 'agenda:step-moved', stepId: command.stepId, toIndex }]);
    }
    case 'settings:update': {
      const changed = {
        ...(command.autoAdvance !== undefined && command.autoAdvance !== state.settings.autoAdvance
          ? { autoAdvance: command.autoAdvance }
          : {}),
        ...(command.oddPerson !== undefined && command.oddPerson !== state.settings.oddPerson
          ? { oddPerson: command.oddPerson }
          : {}),
        ...(command.notesFlow !== undefined && command.notesFlow !== state.settings.notesFlow
          ? { notesFlow: command.notesFlow }
          : {}),
      };
      return ok(Object.keys(changed).length === 0 ? [] : [{ type: 'settings:updated', ...changed }]);
    }
    case 'participant:assign-role':
      return assignRole(state, command.participantId, command.role);
  }
}

function saveStep(
  state: WorkshopState,
  draft: StepDraft,
  requestedIndex: number | undefined,
  newId: () => string,
): Result<DomainEvent[]> {
  const existingIndex = draft.id ? state.agenda.findIndex((s) => s.id === draft.id) : -1;
  if (draft.id && existingIndex < 0) return fail('not_found', 'agenda.stepGone');
  if (existingIndex < 0 && state.agenda.length >= AGENDA_LIMITS.steps) {
    return fail('invalid_input', 'agenda.full', { count: AGENDA_LIMITS.steps });
  }
  // A sub-phase keeps an id only if it had it in this very step: ids are the clock's anchors,
  // and a copied or repeated one would make two sub-phases answer to the same name.
  const ownPhaseIds = new Set(existingIndex >= 0 ? (state.agenda[existingIndex]?.phases ?? []).map((p) => p.id) : []);
  const keptIds = draft.phases.flatMap((phase) => (phase.id === undefined ? [] : [phase.id]));
  if (keptIds.some((id) => !ownPhaseIds.has(id)) || new Set(keptIds).size !== keptIds.length) {
    return fail('invalid_input', 'agenda.phaseElsewhere');
  }
  const phases = draft.phases.map((phase) => ({ ...phase, id: phase.id ?? newId() }));
  const step: Step = { ...draft, id: draft.id ?? newId(), phases };
  step.minutes = stepMinutes(step);
  const index =
    existingIndex >= 0 ? existingIndex : Math.min(requestedIndex ?? state.agenda.length, state.agenda.length);
  const events: DomainEvent[] = [{ type: 'agenda:step-saved', step, index }];

  const { clock } = state;
  const running = clock.runningSince !== null;
  const pointsHere = clock.stepId === step.id;
  const phaseGone = pointsHere && (clock.phaseId ? !phases.some((p) => p.id === clock.phaseId) : phases.length > 0);
  // The clock must always point at something that exists: an emptied agenda gets its first
  // step, and a current sub-phase that was removed gives way to the step's first one.
  if (clock.stepId === null || phaseGone) events.push(moveTo(firstSegmentOf(step), running && phaseGone));
  return ok(events);
}

function removeStep(state: WorkshopState, stepId: string): Result<DomainEvent[]> {
  const index = state.agenda.findIndex((s) => s.id === stepId);
  if (index < 0) return fail('not_found', 'agenda.stepGone');
  const events: DomainEvent[] = [];
  if (state.clock.stepId === stepId) {
    const neighbour = state.agenda[index + 1] ?? state.agenda[index - 1];
    events.push(moveTo(neighbour ? firstSegmentOf(neighbour) : null, state.clock.runningSince !== null));
  }
  events.push({ type: 'agenda:step-removed', stepId });
  return ok(events);
}

function assignRole(state: WorkshopState, participantId: string, role: WorkshopState['participants'][string]['role']) {
  const person = entryOf(state.participants, participantId);
  if (!person || person.leftAt !== undefined) return fail('not_found', 'person.gone');
  if (person.role === role) return ok([]);
  const events: DomainEvent[] = [];
  // One timekeeper and one note-taker: giving the role to someone takes it from whoever had it.
  if (role !== 'participant') {
    for (const other of Object.values(state.participants)) {
      if (other.role === role && other.id !== participantId) {
        events.push({ type: 'participant:role-assigned', participantId: other.id, role: 'participant' });
      }
    }
  }
  events.push({ type: 'participant:role-assigned', participantId, role });
  return ok(events);
}
