import { ok, type Credential, type Identity, type WorkshopState } from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { Roster } from './Roster';

const threeArrivals = () =>
  workshopWith([
    { type: 'participant:joined', participantId: 'p-zoe', name: 'Zoe' },
    { type: 'participant:joined', participantId: 'p-amir', name: 'Amir' },
    { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
  ]);

async function openRoster(state: WorkshopState, identity?: Identity, credential?: Credential) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, identity)));
  renderInWorkshop(<Roster />, { socket, credential });
  await expect.poll(() => useStore.getState().status).toBe('online');
  return socket;
}

const person = (name: string) => {
  const item = screen.getAllByRole('listitem').find((li) => within(li).queryByText(name, { exact: false }));
  if (!item) throw new Error(`${name} is not on the roster`);
  return item;
};

describe('Roster', () => {
  it('says no one has joined yet and how to invite the room', async () => {
    await openRoster(workshopWith([]));
    expect(screen.getByRole('heading', { name: 'Who is here · 0 participants' })).toBeInTheDocument();
    expect(screen.getByText('No one has joined yet. Share the join code with the room.')).toBeVisible();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists people in the order they arrived', async () => {
    await openRoster(threeArrivals());
    expect(screen.getByRole('heading', { name: 'Who is here · 3 participants' })).toBeInTheDocument();
    const [first, second, third, ...rest] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent(/^Zoe\b/);
    expect(second).toHaveTextContent(/^Amir\b/);
    expect(third).toHaveTextContent(/^Maria\b/);
    expect(rest).toEqual([]);
  });

  it('shows the person themselves as offline while their own screen has lost the link', async () => {
    const maria = { kind: 'participant', participantId: 'p-maria' } as const;
    const socket = await openRoster(threeArrivals(), maria, { ...maria, token: 'm'.repeat(43) });
    act(() =>
      socket.push('presence:changed', { participantIds: ['p-maria', 'p-amir'], facilitator: true, projectors: 0 }),
    );
    expect(person('Maria')).toHaveTextContent(/online$/);

    act(() => socket.drop());

    // The server's last word still lists her, but this screen knows better.
    expect(person('Maria')).toHaveTextContent(/offline$/);
    expect(person('Amir')).toHaveTextContent(/online$/);
  });

  it('shows a person as online when the server says their screen is open', async () => {
    const socket = await openRoster(threeArrivals());
    expect(person('Amir')).toHaveTextContent(/offline$/);

    act(() => socket.push('presence:changed', { participantIds: ['p-amir'], facilitator: true, projectors: 0 }));

    expect(person('Amir')).toHaveTextContent(/online$/);
    expect(person('Zoe')).toHaveTextContent(/offline$/);

    act(() => socket.push('presence:changed', { participantIds: [], facilitator: true, projectors: 0 }));

    expect(person('Amir')).toHaveTextContent(/offline$/);
  });

  it('marks the participant’s own name with (you)', async () => {
    await openRoster(
      threeArrivals(),
      { kind: 'participant', participantId: 'p-amir' },
      { kind: 'participant', participantId: 'p-amir', token: 't'.repeat(43) },
    );
    expect(within(person('Amir')).getByText('(you)')).toBeVisible();
    expect(within(person('Zoe')).queryByText('(you)')).toBeNull();
  });

  it('marks no one with (you) on the facilitator’s screen', async () => {
    await openRoster(threeArrivals());
    expect(screen.queryByText('(you)')).toBeNull();
  });

  it('shows the role of a note-taker and no badge for plain participants', async () => {
    const state = threeArrivals();
    const maria = state.participants['p-maria'];
    if (!maria) throw new Error('fixture has no Maria');
    maria.role = 'notetaker';

    await openRoster(state);

    expect(within(person('Maria')).getByText('note-taker')).toBeVisible();
    expect(within(person('Zoe')).queryByText(/note-taker|timekeeper|participant/)).toBeNull();
  });
});
