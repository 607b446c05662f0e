import { COMMAND_TYPES, ok, type DomainEvent, type WorkshopState } from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { sequence, snapshot, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { Flipchart } from './Flipchart';

const commandId = expect.stringMatching(/^[0-9a-f-]{36}$/);

/** Two pairs (Ana & Ben, Cleo & Dan), each of whom sent a note about family; and one other card. */
const room: DomainEvent[] = [
  { type: 'participant:joined', participantId: 'p-ana', name: 'Ana' },
  { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
  { type: 'participant:joined', participantId: 'p-cleo', name: 'Cleo' },
  { type: 'participant:joined', participantId: 'p-dan', name: 'Dan' },
  {
    type: 'pairs:formed',
    pairs: [
      { id: 'pair-ab', memberIds: ['p-ana', 'p-ben'], withFacilitator: false },
      { id: 'pair-cd', memberIds: ['p-cleo', 'p-dan'], withFacilitator: false },
    ],
  },
  { type: 'card:added', cardId: 'c-1', column: 'values', text: 'Family', authorId: 'p-ana', pairIds: ['pair-ab'] },
  {
    type: 'card:added',
    cardId: 'c-2',
    column: 'interests',
    text: 'Family first',
    authorId: 'p-cleo',
    pairIds: ['pair-cd'],
  },
  { type: 'card:added', cardId: 'c-3', column: 'resources', text: 'A van', authorId: null },
];

async function openFlipchart(state: WorkshopState, { editable = true } = {}) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  for (const type of COMMAND_TYPES) socket.respond(type, () => ok({ seq: state.seq + 1 }));
  renderInWorkshop(<Flipchart editable={editable} />, { socket });
  await expect.poll(() => useStore.getState().status).toBe('online');
  return { socket, user: userEvent.setup() };
}

function serverSays(socket: FakeSocket, state: WorkshopState, ...events: DomainEvent[]) {
  act(() => socket.push('workshop:events', { events: sequence(events, state.seq + 1) }));
}

const column = (name: string) => screen.getByRole('region', { name });
const cardsIn = (name: string) => within(column(name)).queryAllByRole('listitem');

describe('CardItem attribution', () => {
  it('names the pair a card came from, and the author when no pair sent it', async () => {
    await openFlipchart(
      workshopWith([
        ...room,
        { type: 'card:added', cardId: 'c-4', column: 'values', text: 'Courage', authorId: 'p-dan' },
      ]),
    );

    const [family, courage] = cardsIn('Our Common Values');
    expect(within(family!).getByText('Ana & Ben')).toBeVisible();
    expect(within(courage!).getByText('Dan')).toBeVisible();
    expect(within(cardsIn('Our Shared Interests')[0]!).getByText('Cleo & Dan')).toBeVisible();
  });

  it('names a trio and a pair with the facilitator as people say them', async () => {
    await openFlipchart(
      workshopWith([
        ...room.slice(0, 4),
        {
          type: 'pairs:formed',
          pairs: [
            { id: 'trio', memberIds: ['p-ana', 'p-ben', 'p-cleo'], withFacilitator: false },
            { id: 'solo', memberIds: ['p-dan'], withFacilitator: true },
          ],
        },
        { type: 'card:added', cardId: 'c-1', column: 'values', text: 'Music', authorId: 'p-ana', pairIds: ['trio'] },
        { type: 'card:added', cardId: 'c-2', column: 'values', text: 'Dance', authorId: 'p-dan', pairIds: ['solo'] },
      ]),
    );

    const [music, dance] = cardsIn('Our Common Values');
    expect(within(music!).getByText('Ana, Ben & Cleo')).toBeVisible();
    expect(within(dance!).getByText('Dan & the facilitator')).toBeVisible();
  });

  it('keeps naming the pair after the pairs were cleared or formed again', async () => {
    await openFlipchart(workshopWith([...room, { type: 'pairs:cleared' }]));

    expect(within(cardsIn('Our Common Values')[0]!).getByText('Ana & Ben')).toBeVisible();
  });
});

describe('CardItem: move and merge', () => {
  it('moves a card to the column chosen, once Move is pressed', async () => {
    const state = workshopWith(room);
    const { socket, user } = await openFlipchart(state);

    await user.click(screen.getByRole('button', { name: 'Move or merge: Family' }));
    const arrange = screen.getByRole('group', { name: 'Move or merge: Family' });
    const moveTo = within(arrange).getByRole('combobox', { name: 'Move to' });
    expect(moveTo).toHaveFocus();
    await user.selectOptions(moveTo, 'Our Unique Resources');
    expect(socket.sentOf('card:move')).toEqual([]);
    await user.click(within(arrange).getByRole('button', { name: 'Move' }));

    expect(socket.sentOf('card:move')).toEqual([{ cardId: 'c-1', column: 'resources', commandId }]);
    serverSays(socket, state, { type: 'card:moved', cardId: 'c-1', column: 'resources' });
    expect(cardsIn('Our Common Values')).toEqual([]);
    expect(cardsIn('Our Unique Resources').map((c) => c.querySelector('.card__text')?.textContent)).toEqual([
      'Family',
      'A van',
    ]);
  });

  it('merges a card into another with the text the note-taker settles on', async () => {
    const state = workshopWith(room);
    const { socket, user } = await openFlipchart(state);

    await user.click(screen.getByRole('button', { name: 'Move or merge: Family' }));
    const arrange = screen.getByRole('group', { name: 'Move or merge: Family' });
    const start = within(arrange).getByRole('button', { name: 'Merge…' });
    expect(start).toBeDisabled();
    await user.selectOptions(within(arrange).getByRole('combobox', { name: 'Merge into…' }), 'Family first');
    await user.click(start);

    expect(screen.getByText('Merge “Family” into “Family first”')).toBeVisible();
    const text = screen.getByRole('textbox', { name: 'Text of the merged card' });
    expect(text).toHaveValue('Family first');
    expect(socket.sentOf('card:merge')).toEqual([]);
    await user.clear(text);
    await user.type(text, 'Family comes first');
    await user.click(screen.getByRole('button', { name: 'Merge' }));

    expect(socket.sentOf('card:merge')).toEqual([
      { cardId: 'c-1', intoCardId: 'c-2', text: 'Family comes first', commandId },
    ]);
    serverSays(socket, state, { type: 'card:merged', cardId: 'c-1', intoCardId: 'c-2', text: 'Family comes first' });
    expect(cardsIn('Our Common Values')).toEqual([]);
    const [merged] = cardsIn('Our Shared Interests');
    expect(merged).toHaveTextContent('Family comes first');
    expect(within(merged!).getByText('Cleo & Dan · Ana & Ben')).toBeVisible();
  });

  it('can be done from the keyboard alone, and Escape puts focus back where it was', async () => {
    const { socket, user } = await openFlipchart(workshopWith(room));
    const open = screen.getByRole('button', { name: 'Move or merge: A van' });
    open.focus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Move to' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Move or merge: A van' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Move or merge: A van' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(socket.sentOf('card:move')).toEqual([{ cardId: 'c-3', column: 'values', commandId }]);
  });

  it('goes back to the choices when the merge is cancelled, and sends nothing', async () => {
    const { socket, user } = await openFlipchart(workshopWith(room));

    await user.click(screen.getByRole('button', { name: 'Move or merge: Family' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Merge into…' }), 'A van');
    await user.click(screen.getByRole('button', { name: 'Merge…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByRole('group', { name: 'Move or merge: Family' })).toBeVisible();
    expect(socket.sentOf('card:merge')).toEqual([]);
  });

  it('offers a participant no way to move or merge', async () => {
    await openFlipchart(workshopWith(room), { editable: false });

    expect(screen.queryByRole('button', { name: /Move or merge/ })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
