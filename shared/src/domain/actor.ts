import type { ParticipantRole, WorkshopState } from './state.js';
import { entryOf } from './keyed.js';

/** Who is asking. The server decides this from credentials, never from what a client claims. */
export type Actor = { kind: 'facilitator' } | { kind: 'participant'; participantId: string } | { kind: 'projector' };

/** Whether this person is in the workshop now: on the roster, and neither left nor removed. */
export function isPresent(state: WorkshopState, participantId: string): boolean {
  const person = entryOf(state.participants, participantId);
  return person !== undefined && person.leftAt === undefined;
}

/**
 * Whether the actor may do anything in this workshop at all. A participant who left or was
 * removed is out everywhere at once: commands, private documents, exports and resuming.
 */
export function isInWorkshop(state: WorkshopState, actor: Actor): boolean {
  return actor.kind !== 'participant' || isPresent(state, actor.participantId);
}

/** The role an actor holds in this workshop right now, or null if they are not in it. */
export function roleOf(state: WorkshopState, actor: Actor): ParticipantRole | 'facilitator' | 'projector' | null {
  if (actor.kind === 'facilitator') return 'facilitator';
  if (actor.kind === 'projector') return 'projector';
  if (!isPresent(state, actor.participantId)) return null;
  return entryOf(state.participants, actor.participantId)?.role ?? null;
}

/** The facilitator and the note-taker keep the flipchart. */
export function canEditFlipchart(state: WorkshopState, actor: Actor): boolean {
  const role = roleOf(state, actor);
  return role === 'facilitator' || role === 'notetaker';
}

/** The facilitator and the timekeeper run the clock. */
export function canRunClock(state: WorkshopState, actor: Actor): boolean {
  const role = roleOf(state, actor);
  return role === 'facilitator' || role === 'timekeeper';
}

/** Only the facilitator shapes the agenda, the settings and who holds which role. */
export function isFacilitator(actor: Actor): boolean {
  return actor.kind === 'facilitator';
}
