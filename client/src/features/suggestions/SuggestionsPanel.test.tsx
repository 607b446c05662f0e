import { COMMAND_TYPES, fail, ok, type DomainEvent, type Identity, type WorkshopState } from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FakeSocket } from '../../test/fake-socket';
import { sequence, snapshot, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { Flipchart } from '../flipchart/Flipchart';
import { SuggestionsPanel } from './SuggestionsPanel';

const commandId = expect.stringMatching(/^[0-9a-f-]{36}$/);
const noor: Identity = { kind: 'participant', participantId: 'p-noor' };

/** Ana and Ben are a pair, Noor takes notes, and Ana sent "Family comes first" for the values column. */
const room: DomainEvent[] = [
  { type: 'participant:joined', participantId: 'p-ana', name: 'Ana' },
  { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
  { type: 'participant:joined', participantId: 'p-noor', name: 'Noor' },
  { type: 'participant:role-assigned', participantId: 'p-noor', role: 'notetaker' },
  { type: 'pairs:formed', pairs: [{ id: 'pair-ab', memberIds: ['p-ana', 'p-ben'], withFacilitator: false }] },
  {
    type: 'suggestion:added',
    suggestion: {
      id: 's-1',
      pairId: 'pair-ab',
      authorId: 'p-ana',
      column: 'values',
      text: 'Family comes first',
      createdAt: 5,
    },
  },
];

/** Opens the suggestions beside the flipchart, as the note-taker unless told otherwise. */
async function openDesk(state: WorkshopState, { identity = noor, chooseFlow = false } = {}) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, identity)));
  for (const type of COMMAND_TYPES) socket.respond(type, () => ok({ seq: state.seq + 1 }));
  renderInWorkshop(
    <>
      <ErrorNotice />
      <SuggestionsPanel chooseFlow={chooseFlow} />
      <Flipchart editable />
    </>,
    {
      socket,
      credential:
        identity.kind === 'participant'
          ? { kind: 'participant', participantId: identity.participantId, token: 't'.repeat(43) }
          : undefined,
    },
  );
  await expect.poll(() => useStore.getState().status).toBe('online');
  return { socket, user: userEvent.setup() };
}

function serverSays(socket: FakeSocket, state: WorkshopState, ...events: DomainEvent[]) {
  act(() => socket.push('workshop:events', { events: sequence(events, state.seq + 1) }));
}

const panel = () => screen.getByRole('region', { name: 'Suggestions from pairs' });
const column = (name: string) => screen.getByRole('region', { name });

describe('SuggestionsPanel', () => {
  it('lists a waiting note with the pair’s names, its text and its column', async () => {
    await openDesk(workshopWith(room));

    const [item] = within(panel()).getAllByRole('listitem');
    expect(item).toHaveTextContent('From Ana & Ben');
    expect(item).toHaveTextContent('Family comes first');
    expect(within(item!).getByRole('combobox', { name: 'Column: Family comes first' })).toHaveValue('values');
    expect(within(panel()).getByText('1 waiting')).toBeVisible();
  });

  it('accepts a note, and the card appears on the flipchart when the server says so', async () => {
    const state = workshopWith(room);
    const { socket, user } = await openDesk(state);

    await user.click(screen.getByRole('button', { name: 'Accept: Family comes first' }));

    expect(socket.sentOf('suggestion:accept')).toEqual([{ suggestionId: 's-1', commandId }]);
    expect(within(column('Our Common Values')).queryByRole('listitem')).toBeNull();
    serverSays(
      socket,
      state,
      {
        type: 'card:added',
        cardId: 'c-1',
        column: 'values',
        text: 'Family comes first',
        authorId: 'p-ana',
        pairIds: ['pair-ab'],
      },
      { type: 'suggestion:resolved', suggestionId: 's-1' },
    );

    const card = within(column('Our Common Values')).getByRole('listitem');
    expect(card).toHaveTextContent('Family comes first');
    expect(within(card).getByText('Ana & Ben')).toBeVisible();
    expect(within(panel()).queryByRole('listitem')).toBeNull();
    expect(within(panel()).getByText(/No notes are waiting/)).toBeVisible();
  });

  it('accepts a note into the column the note-taker chose', async () => {
    const { socket, user } = await openDesk(workshopWith(room));

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Column: Family comes first' }),
      'Our Shared Interests',
    );
    await user.click(screen.getByRole('button', { name: 'Accept: Family comes first' }));

    expect(socket.sentOf('suggestion:accept')).toEqual([{ suggestionId: 's-1', column: 'interests', commandId }]);
  });

  it('rejects a note: it leaves the list and no card is added', async () => {
    const state = workshopWith(room);
    const { socket, user } = await openDesk(state);

    await user.click(screen.getByRole('button', { name: 'Reject: Family comes first' }));

    expect(socket.sentOf('suggestion:reject')).toEqual([{ suggestionId: 's-1', commandId }]);
    expect(socket.sentOf('suggestion:accept')).toEqual([]);
    serverSays(socket, state, { type: 'suggestion:resolved', suggestionId: 's-1' });
    expect(within(panel()).queryByRole('listitem')).toBeNull();
    expect(within(column('Our Common Values')).queryByRole('listitem')).toBeNull();
  });

  it('lets the note-taker try again when the server refuses', async () => {
    const { socket, user } = await openDesk(workshopWith(room));
    socket.respond('suggestion:accept', () => fail('not_found', 'suggestion.gone'));

    await user.click(screen.getByRole('button', { name: 'Accept: Family comes first' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That suggestion was already handled.');
    expect(screen.getByRole('button', { name: 'Accept: Family comes first' })).toBeEnabled();
  });

  it('says what will appear when no note is waiting', async () => {
    await openDesk(workshopWith(room.slice(0, -1)));

    expect(within(panel()).queryByRole('list')).toBeNull();
    expect(within(panel()).getByText(/No notes are waiting/)).toBeVisible();
  });

  it('lets the facilitator choose that notes go straight onto the flipchart', async () => {
    const { socket, user } = await openDesk(workshopWith(room), {
      identity: { kind: 'facilitator' },
      chooseFlow: true,
    });
    const flow = screen.getByRole('group', { name: 'Notes from pairs arrive' });
    expect(within(flow).getByRole('radio', { name: 'as suggestions the note-taker accepts' })).toBeChecked();

    await user.click(within(flow).getByRole('radio', { name: 'straight onto the flipchart' }));

    expect(socket.sentOf('settings:update')).toEqual([{ notesFlow: 'direct', commandId }]);
  });

  it('shows the chosen flow, and gives the note-taker no choice of it', async () => {
    await openDesk(workshopWith([...room.slice(0, -1), { type: 'settings:updated', notesFlow: 'direct' }]));

    expect(screen.queryByRole('group', { name: 'Notes from pairs arrive' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(within(panel()).getByText(/go straight onto the flipchart/)).toBeVisible();
  });
});
