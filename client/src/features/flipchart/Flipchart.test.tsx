import { fail, ok, type DomainEvent, type WorkshopState } from '@common-ground/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FakeSocket } from '../../test/fake-socket';
import { sequence, snapshot, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { Flipchart } from './Flipchart';

const commandId = expect.stringMatching(/^[0-9a-f-]{36}$/);
const dignity: DomainEvent = { type: 'card:added', cardId: 'c1', column: 'values', text: 'Dignity', authorId: null };

/** Opens the flipchart as the facilitator (or a participant when `editable` is false) on a fake server. */
async function openFlipchart(state: WorkshopState, { editable = true, withErrors = false } = {}) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  socket.respond('card:add', () => ok({ seq: state.seq + 1 }));
  socket.respond('card:edit', () => ok({ seq: state.seq + 1 }));
  socket.respond('card:delete', () => ok({ seq: state.seq + 1 }));
  renderInWorkshop(
    <>
      {withErrors && <ErrorNotice />}
      <Flipchart editable={editable} />
    </>,
    { socket },
  );
  await expect.poll(() => useStore.getState().status).toBe('online');
  return { socket, user: userEvent.setup() };
}

/** The server broadcasts events that follow what the page already has. */
function serverSays(socket: FakeSocket, state: WorkshopState, ...events: DomainEvent[]) {
  act(() => socket.push('workshop:events', { events: sequence(events, state.seq + 1) }));
}

const column = (name: string) => screen.getByRole('region', { name });

describe('Flipchart', () => {
  it('shows the three columns of the training guide, each saying what will appear in it', async () => {
    await openFlipchart(workshopWith([]));
    expect(screen.getByRole('heading', { name: 'Flipchart' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Our Common Values',
      'Our Shared Interests',
      'Our Unique Resources',
    ]);
    expect(within(column('Our Common Values')).getByText('Values the group shares will appear here.')).toBeVisible();
    expect(
      within(column('Our Shared Interests')).getByText('Interests you have in common will appear here.'),
    ).toBeVisible();
  });

  it('shows the cards the workshop already has in their own column', async () => {
    await openFlipchart(workshopWith([dignity]));
    expect(within(column('Our Common Values')).getByRole('listitem')).toHaveTextContent('Dignity');
    expect(within(column('Our Common Values')).queryByText('Values the group shares will appear here.')).toBeNull();
    expect(within(column('Our Shared Interests')).queryByRole('listitem')).toBeNull();
  });

  it('sends a new card to the server and shows it when the server confirms', async () => {
    const state = workshopWith([]);
    const { socket, user } = await openFlipchart(state);
    const input = screen.getByRole('textbox', { name: 'New card for Our Common Values' });

    await user.type(input, '  Dignity {Enter}');

    expect(socket.sentOf('card:add')).toEqual([{ column: 'values', text: 'Dignity', commandId }]);
    expect(input).toHaveValue('');
    serverSays(socket, state, { ...dignity, cardId: 'new-card' });
    expect(within(column('Our Common Values')).getByRole('listitem')).toHaveTextContent('Dignity');
    expect(within(column('Our Shared Interests')).queryByRole('listitem')).toBeNull();
  });

  it('adds a card to the column whose Add button was pressed', async () => {
    const { socket, user } = await openFlipchart(workshopWith([]));
    const interests = column('Our Shared Interests');

    await user.type(within(interests).getByRole('textbox', { name: 'New card for Our Shared Interests' }), 'Music');
    await user.click(within(interests).getByRole('button', { name: 'Add' }));

    expect(socket.sentOf('card:add')).toEqual([{ column: 'interests', text: 'Music', commandId }]);
  });

  it('asks for some text instead of sending an empty card', async () => {
    const { socket, user } = await openFlipchart(workshopWith([]));
    const values = column('Our Common Values');
    const input = within(values).getByRole('textbox', { name: 'New card for Our Common Values' });

    await user.click(within(values).getByRole('button', { name: 'Add' }));
    await user.type(input, '   {Enter}');

    expect(within(values).getByText('Write something first.')).toBeVisible();
    expect(input).toHaveAccessibleDescription('Write something first.');
    expect(input).toBeInvalid();
    expect(socket.sentOf('card:add')).toEqual([]);
  });

  it('says a card of only zero-width spaces shows nothing, and sends nothing', async () => {
    const { socket, user } = await openFlipchart(workshopWith([]));
    const values = column('Our Common Values');
    const input = within(values).getByRole('textbox', { name: 'New card for Our Common Values' });

    await user.click(within(values).getByRole('button', { name: 'Add' }));
    await user.type(input, '\u200B\u200B{Enter}');

    expect(input).toHaveAccessibleDescription('Write at least one visible letter, number or sign.');
    expect(socket.sentOf('card:add')).toEqual([]);
  });

  it('gives the typed text back when the server refuses the card', async () => {
    const { socket, user } = await openFlipchart(workshopWith([]), { withErrors: true });
    socket.respond('card:add', () => fail('forbidden', 'flipchart.editorsOnly'));
    const input = screen.getByRole('textbox', { name: 'New card for Our Common Values' });

    await user.type(input, 'Dignity{Enter}');

    expect(socket.sentOf('card:add')).toHaveLength(1);
    await waitFor(() => expect(input).toHaveValue('Dignity'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Only the facilitator and the note-taker can change the flipchart.',
    );
  });

  it('edits a card in place and saves it with the server', async () => {
    const state = workshopWith([dignity]);
    const { socket, user } = await openFlipchart(state);

    await user.click(screen.getByRole('button', { name: 'Edit: Dignity' }));
    const editor = screen.getByRole('textbox', { name: 'Edit card' });
    expect(editor).toHaveValue('Dignity');
    expect(editor).toHaveFocus();
    await user.clear(editor);
    await user.type(editor, 'Dignity for everyone');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(socket.sentOf('card:edit')).toEqual([{ cardId: 'c1', text: 'Dignity for everyone', commandId }]);
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Edit card' })).toBeNull());
    serverSays(socket, state, { type: 'card:edited', cardId: 'c1', text: 'Dignity for everyone' });
    expect(within(column('Our Common Values')).getByRole('listitem')).toHaveTextContent('Dignity for everyone');
  });

  it('saves an edit with Enter', async () => {
    const { socket, user } = await openFlipchart(workshopWith([dignity]));

    await user.click(screen.getByRole('button', { name: 'Edit: Dignity' }));
    await user.type(screen.getByRole('textbox', { name: 'Edit card' }), ' and respect{Enter}');

    expect(socket.sentOf('card:edit')).toEqual([{ cardId: 'c1', text: 'Dignity and respect', commandId }]);
  });

  it('cancels an edit with Escape and sends nothing', async () => {
    const { socket, user } = await openFlipchart(workshopWith([dignity]));

    await user.click(screen.getByRole('button', { name: 'Edit: Dignity' }));
    await user.type(screen.getByRole('textbox', { name: 'Edit card' }), ' changed{Escape}');

    expect(screen.queryByRole('textbox', { name: 'Edit card' })).toBeNull();
    expect(within(column('Our Common Values')).getByRole('listitem')).toHaveTextContent('Dignity');
    expect(socket.sentOf('card:edit')).toEqual([]);
  });

  it('deletes a card only after the second, confirming Delete', async () => {
    const state = workshopWith([dignity]);
    const { socket, user } = await openFlipchart(state);

    await user.click(screen.getByRole('button', { name: 'Delete: Dignity' }));
    const confirm = screen.getByRole('group', { name: 'Delete this card?' });
    expect(socket.sentOf('card:delete')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(socket.sentOf('card:delete')).toEqual([{ cardId: 'c1', commandId }]);
    serverSays(socket, state, { type: 'card:deleted', cardId: 'c1' });
    expect(within(column('Our Common Values')).queryByRole('listitem')).toBeNull();
    expect(within(column('Our Common Values')).getByText('Values the group shares will appear here.')).toBeVisible();
  });

  it('keeps the card when the person answers Keep', async () => {
    const { socket, user } = await openFlipchart(workshopWith([dignity]));

    await user.click(screen.getByRole('button', { name: 'Delete: Dignity' }));
    await user.click(screen.getByRole('button', { name: 'Keep' }));

    expect(screen.queryByRole('group', { name: 'Delete this card?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete: Dignity' })).toBeVisible();
    expect(socket.sentOf('card:delete')).toEqual([]);
  });

  it('lets a participant read the cards but not change them', async () => {
    await openFlipchart(workshopWith([dignity]), { editable: false });

    expect(within(column('Our Common Values')).getByRole('listitem')).toHaveTextContent('Dignity');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it("shows the author's name on a participant's card and none on the facilitator's", async () => {
    await openFlipchart(
      workshopWith([
        { type: 'participant:joined', participantId: 'p1', name: 'Maria' },
        { type: 'card:added', cardId: 'c1', column: 'values', text: 'Courage', authorId: 'p1' },
        { type: 'card:added', cardId: 'c2', column: 'values', text: 'Patience', authorId: null },
      ]),
    );
    const [byMaria, byFacilitator] = within(column('Our Common Values')).getAllByRole('listitem');
    expect(byMaria).toHaveTextContent('Courage');
    expect(within(byMaria!).getByText('Maria')).toBeVisible();
    expect(byFacilitator).toHaveTextContent('Patience');
    expect(within(byFacilitator!).queryByText('Maria')).toBeNull();
  });
});
