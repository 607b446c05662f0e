import { ok, type DomainEvent, type WorkshopState } from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { sequence, snapshot, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { RoleAssignment } from './RoleAssignment';

const commandId = expect.stringMatching(/^[0-9a-f-]{36}$/);

/** Zoe, Amir and Maria have joined; Amir already keeps the notes. */
const room = () =>
  workshopWith([
    { type: 'participant:joined', participantId: 'p-zoe', name: 'Zoe' },
    { type: 'participant:joined', participantId: 'p-amir', name: 'Amir' },
    { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
    { type: 'participant:role-assigned', participantId: 'p-amir', role: 'notetaker' },
  ]);

async function openRoles(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  socket.respond('participant:assign-role', () => ok({ seq: state.seq + 1 }));
  renderInWorkshop(<RoleAssignment highlighted />, { socket });
  await expect.poll(() => useStore.getState().status).toBe('online');
  return { socket, user: userEvent.setup() };
}

function serverSays(socket: FakeSocket, state: WorkshopState, ...events: DomainEvent[]) {
  act(() => socket.push('workshop:events', { events: sequence(events, state.seq + 1) }));
}

const timekeeper = () => screen.getByRole('combobox', { name: 'Timekeeper' });
const notetaker = () => screen.getByRole('combobox', { name: 'Note-taker' });

describe('RoleAssignment', () => {
  it('offers everyone who joined for each role, and shows who holds it', async () => {
    await openRoles(room());

    expect(screen.getByRole('heading', { name: 'Timekeeper and note-taker' })).toBeVisible();
    expect(
      within(timekeeper())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nobody yet', 'Zoe', 'Amir', 'Maria']);
    expect(timekeeper()).toHaveDisplayValue('Nobody yet');
    expect(notetaker()).toHaveDisplayValue('Amir');
  });

  it('makes Maria the timekeeper', async () => {
    const state = room();
    const { socket, user } = await openRoles(state);

    await user.selectOptions(timekeeper(), 'Maria');

    expect(socket.sentOf('participant:assign-role')).toEqual([
      { participantId: 'p-maria', role: 'timekeeper', commandId },
    ]);
    serverSays(socket, state, { type: 'participant:role-assigned', participantId: 'p-maria', role: 'timekeeper' });
    expect(timekeeper()).toHaveDisplayValue('Maria');
  });

  it('gives the role back when the facilitator chooses nobody', async () => {
    const state = room();
    const { socket, user } = await openRoles(state);

    await user.selectOptions(notetaker(), 'Nobody yet');

    expect(socket.sentOf('participant:assign-role')).toEqual([
      { participantId: 'p-amir', role: 'participant', commandId },
    ]);
    serverSays(socket, state, { type: 'participant:role-assigned', participantId: 'p-amir', role: 'participant' });
    expect(notetaker()).toHaveDisplayValue('Nobody yet');
  });

  it('has no one to offer before anyone has joined', async () => {
    await openRoles(workshopWith([]));

    expect(
      within(timekeeper())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nobody yet']);
    expect(
      within(notetaker())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nobody yet']);
  });
});
