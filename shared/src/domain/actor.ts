import type { ParticipantRole, WorkshopState } from './state.js';

/** Who is asking. The server decides this from credentials, never from what a client claims. */
export type Actor = { kind: 'facilitator' } | { kind: 'participant'; participantId: string } | { kind: 'projector' };

/** The role an actor holds in this workshop right now, or null if they are not in it. */
export function roleOf(state: WorkshopState, actor: Actor): ParticipantRole | 'facilitator' | 'projector' | null {
  if (actor.kind === 'facilitator') return 'facilitator';
  if (actor.kind === 'projector') return 'projector';
  return state.participants[actor.participantId]?.role ?? null;
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
