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

// The note-taker keeps the group's record with the facilitator: the flipchart, the report-back
// and the learnings. Each right below has its own name so a screen asks for what it offers.
function keepsTheRecord(state: WorkshopState, actor: Actor): boolean {
  const role = roleOf(state, actor);
  return role === 'facilitator' || role === 'notetaker';
}

/** The facilitator and the note-taker keep the flipchart: cards, notes from pairs, moving and merging. */
export function canEditFlipchart(state: WorkshopState, actor: Actor): boolean {
  return keepsTheRecord(state, actor);
}

/** The facilitator and the note-taker run the report-back: the pairs' order and who speaks now. */
export function canRunReportBack(state: WorkshopState, actor: Actor): boolean {
  return keepsTheRecord(state, actor);
}

/** The facilitator and the note-taker record the key learnings and choose who reports them. */
export function canRecordLearnings(state: WorkshopState, actor: Actor): boolean {
  return keepsTheRecord(state, actor);
}

/** The facilitator and the note-taker may download the workshop's record; the projector never. */
export function canExportRecord(state: WorkshopState, actor: Actor): boolean {
  return keepsTheRecord(state, actor);
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
