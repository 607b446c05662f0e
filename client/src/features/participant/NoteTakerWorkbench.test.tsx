import { ok, type WorkshopState } from '@common-ground/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import {
  MINUTE_MS,
  pairsRunningFrom,
  practiceWorkshop,
  serverClock,
  T0,
  useFakeClock,
  type TimedEvent,
} from '../../test/clock-fixtures';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { ParticipantView } from './ParticipantView';

const noor = { kind: 'participant', participantId: 'p-noor' } as const;

/** Noor takes notes and practises with Ana; Ana sent "Courage" to the flipchart. */
const room: TimedEvent[] = [
  [T0 - 20 * MINUTE_MS, { type: 'participant:joined', participantId: 'p-noor', name: 'Noor' }],
  [T0 - 20 * MINUTE_MS, { type: 'participant:joined', participantId: 'p-ana', name: 'Ana' }],
  [T0 - 15 * MINUTE_MS, { type: 'participant:role-assigned', participantId: 'p-noor', role: 'notetaker' }],
  [
    T0 - 10 * MINUTE_MS,
    { type: 'pairs:formed', pairs: [{ id: 'pair-1', memberIds: ['p-noor', 'p-ana'], withFacilitator: false }] },
  ],
  pairsRunningFrom(T0),
  [
    T0 - MINUTE_MS,
    {
      type: 'suggestion:added',
      suggestion: { id: 's-1', pairId: 'pair-1', authorId: 'p-ana', column: 'values', text: 'Courage', createdAt: 1 },
    },
  ],
];

async function openAsNoor(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, noor)));
  serverClock(socket);
  renderInWorkshop(<ParticipantView />, { socket, credential: { ...noor, token: 'n'.repeat(43) } });
  await expect.poll(() => useStore.getState().status).toBe('online');
}

const before = (a: HTMLElement, b: HTMLElement) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('the note-taker’s page', () => {
  useFakeClock();

  it('puts the workbench, the waiting note beside the flipchart, right after what to do now', async () => {
    await openAsNoor(practiceWorkshop(room));

    const now = screen.getByRole('region', { name: /^Practice in pairs/ });
    const waiting = screen.getByRole('region', { name: 'Suggestions from pairs' });
    const flipchart = screen.getByRole('region', { name: 'Flipchart' });
    const notebook = screen.getByRole('region', { name: 'Our notebook' });
    expect(screen.getByRole('group', { name: 'Note: Courage' })).toBeVisible();
    expect(before(now, waiting)).toBe(true);
    expect(before(waiting, flipchart)).toBe(true);
    expect(before(flipchart, notebook)).toBe(true);
  });

  it('says nothing is waiting when no note is, above the same flipchart', async () => {
    await openAsNoor(practiceWorkshop(room.slice(0, -1)));

    expect(screen.getByText(/No notes are waiting/)).toBeVisible();
    expect(screen.queryByText(/^Keys:/)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'New card for Our Common Values' })).toBeVisible();
  });
});
