import {
  COMMAND_TYPES,
  ok,
  type Credential,
  type DomainEvent,
  type Identity,
  type WorkshopState,
} from '@common-ground/shared';
import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { useStore } from '../app/store';
import { MINUTE_MS, nextFrame, practice, SECOND_MS, serverClock, T0, type TimedEvent } from './clock-fixtures';
import { FakeSocket } from './fake-socket';
import { snapshot } from './fixtures';
import { renderInWorkshop } from './render';

const NAMES = { 'p-ana': 'Ana', 'p-ben': 'Ben', 'p-cleo': 'Cleo', 'p-dan': 'Dan', 'p-eva': 'Eva', 'p-finn': 'Finn' };

/** Six people arrive in this order, a second apart, well before the report-back. */
export const sixJoined: TimedEvent[] = Object.entries(NAMES).map(([participantId, name], i) => [
  T0 - 40 * MINUTE_MS + i * SECOND_MS,
  { type: 'participant:joined', participantId, name },
]);

/** Ana & Ben, Cleo & Dan, Eva & Finn. */
export const threePairs: TimedEvent = [
  T0 - 35 * MINUTE_MS,
  {
    type: 'pairs:formed',
    pairs: [
      { id: 'pair-ab', memberIds: ['p-ana', 'p-ben'], withFacilitator: false },
      { id: 'pair-cd', memberIds: ['p-cleo', 'p-dan'], withFacilitator: false },
      { id: 'pair-ef', memberIds: ['p-eva', 'p-finn'], withFacilitator: false },
    ],
  },
];

/** The clock runs a step (without sub-phases) from `at`. */
export function stepRunningFrom(stepId: string, at: number): TimedEvent {
  return [at, { type: 'clock:moved', stepId, phaseId: null, running: true, auto: false }];
}

export const reportBackRunning = stepRunningFrom(practice.reportBack.id, T0 - 2 * MINUTE_MS);
export const learningsRunning = stepRunningFrom(practice.learnings.id, T0 - MINUTE_MS);

export function role(participantId: string, as: 'notetaker' | 'timekeeper'): TimedEvent {
  return [T0 - 30 * MINUTE_MS, { type: 'participant:role-assigned', participantId, role: as }];
}

const token = 't'.repeat(43);

function credentialOf(identity: Identity): Credential {
  if (identity.kind === 'participant') return { kind: 'participant', participantId: identity.participantId, token };
  return identity.kind === 'facilitator' ? { kind: 'facilitator', token } : { kind: 'projector', token };
}

/**
 * Opens a screen on a fake server that holds `state` and accepts every command; resolves once
 * the screen is online and has measured the server's clock (the server's time is the laptop's).
 */
export async function openScreen(ui: ReactNode, state: WorkshopState, identity: Identity) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, identity)));
  let seq = state.seq;
  for (const type of COMMAND_TYPES) socket.respond(type, () => ok({ seq: seq + 1 }));
  serverClock(socket);
  renderInWorkshop(ui, { socket, credential: credentialOf(identity) });
  await expect.poll(() => useStore.getState().status).toBe('online');
  await expect.poll(() => socket.sentOf('time:sync').length).toBe(5);
  nextFrame();
  /** The server broadcasts an event, stamped now, as the next in the workshop. */
  const serverSays = (event: DomainEvent) => {
    seq += 1;
    act(() => socket.push('workshop:events', { events: [{ seq, at: Date.now(), event }] }));
    nextFrame();
  };
  return { socket, user: userEvent.setup(), serverSays };
}

/** The message a command carried, as the screen sent it (with its generated command id). */
export const withCommandId = <T extends object>(payload: T) => ({
  ...payload,
  commandId: expect.stringMatching(/^[0-9a-f-]{36}$/),
});
