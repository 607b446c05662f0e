import { COMMAND_TYPES, ok, type DomainEvent, type Suggestion, type WorkshopState } from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { sequence, snapshot, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { FlipchartDesk } from './FlipchartDesk';

const commandId = expect.stringMatching(/^[0-9a-f-]{36}$/);

const note = (id: string, text: string, createdAt: number): Suggestion => ({
  id,
  pairId: 'pair-ab',
  authorId: 'p-ana',
  column: 'values',
  text,
  createdAt,
});

/** Noor takes notes; Ana and Ben sent two notes, "Family comes first" before "Fixing bikes". */
const room: DomainEvent[] = [
  { type: 'participant:joined', participantId: 'p-ana', name: 'Ana' },
  { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
  { type: 'participant:joined', participantId: 'p-noor', name: 'Noor' },
  { type: 'participant:role-assigned', participantId: 'p-noor', role: 'notetaker' },
  { type: 'pairs:formed', pairs: [{ id: 'pair-ab', memberIds: ['p-ana', 'p-ben'], withFacilitator: false }] },
  { type: 'suggestion:added', suggestion: note('s-1', 'Family comes first', 5) },
  { type: 'suggestion:added', suggestion: note('s-2', 'Fixing bikes', 6) },
];

async function openWorkbench(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, { kind: 'participant', participantId: 'p-noor' })));
  for (const type of COMMAND_TYPES) socket.respond(type, () => ok({ seq: state.seq + 1 }));
  renderInWorkshop(<FlipchartDesk />, {
    socket,
    credential: { kind: 'participant', participantId: 'p-noor', token: 't'.repeat(43) },
  });
  await expect.poll(() => useStore.getState().status).toBe('online');
  const serverSays = (...events: DomainEvent[]) =>
    act(() => socket.push('workshop:events', { events: sequence(events, useStore.getState().workshop!.seq + 1) }));
  return { socket, serverSays, user: userEvent.setup() };
}

const noteNamed = (text: string) => screen.getByRole('group', { name: `Note: ${text}` });
const announced = () => screen.getByRole('status');

describe('the note-taker’s workbench by keyboard', () => {
  it('shows the shortcuts beside the waiting notes', async () => {
    await openWorkbench(workshopWith(room));

    expect(screen.getByText('Keys: Tab to a note, then A or Enter accepts it, R or Delete rejects it.')).toBeVisible();
    expect(noteNamed('Family comes first')).toHaveAccessibleDescription(/A or Enter accepts it/);
  });

  it('accepts the focused note with A, says so, and moves to the next note', async () => {
    const { socket, serverSays, user } = await openWorkbench(workshopWith(room));

    await user.tab();
    expect(noteNamed('Family comes first')).toHaveFocus();
    await user.keyboard('a');

    expect(socket.sentOf('suggestion:accept')).toEqual([{ suggestionId: 's-1', commandId }]);
    serverSays(
      { type: 'card:added', cardId: 'c-1', column: 'values', text: 'Family comes first', authorId: 'p-ana' },
      { type: 'suggestion:resolved', suggestionId: 's-1' },
    );
    expect(announced()).toHaveTextContent('Accepted “Family comes first” into Our Common Values.');
    expect(noteNamed('Fixing bikes')).toHaveFocus();
    const values = screen.getByRole('region', { name: 'Our Common Values' });
    expect(within(values).getByText('Family comes first')).toBeVisible();
  });

  it('accepts with Enter into the column chosen for the note', async () => {
    const { socket, user } = await openWorkbench(workshopWith(room));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Column: Fixing bikes' }), 'Our Unique Resources');
    noteNamed('Fixing bikes').focus();
    await user.keyboard('{Enter}');

    expect(socket.sentOf('suggestion:accept')).toEqual([{ suggestionId: 's-2', column: 'resources', commandId }]);
  });

  it('rejects the focused note with R or Delete, and lands on the list’s heading when none is left', async () => {
    const { socket, serverSays, user } = await openWorkbench(workshopWith(room));

    noteNamed('Fixing bikes').focus();
    await user.keyboard('r');
    serverSays({ type: 'suggestion:resolved', suggestionId: 's-2' });
    expect(announced()).toHaveTextContent('Rejected “Fixing bikes”.');
    // The note before it takes its place under the keys.
    expect(noteNamed('Family comes first')).toHaveFocus();

    await user.keyboard('{Delete}');
    serverSays({ type: 'suggestion:resolved', suggestionId: 's-1' });
    expect(socket.sentOf('suggestion:reject').map((c) => c)).toEqual([
      { suggestionId: 's-2', commandId },
      { suggestionId: 's-1', commandId },
    ]);
    expect(announced()).toHaveTextContent('Rejected “Family comes first”.');
    expect(screen.getByRole('heading', { name: 'Suggestions from pairs' })).toHaveFocus();
    expect(screen.getByText(/No notes are waiting/)).toBeVisible();
  });

  it('leaves letters typed in the column list to the list, and keys with a modifier to the browser', async () => {
    const { socket, user } = await openWorkbench(workshopWith(room));

    screen.getByRole('combobox', { name: 'Column: Family comes first' }).focus();
    await user.keyboard('r');
    noteNamed('Family comes first').focus();
    await user.keyboard('{Control>}r{/Control}');

    expect(socket.sentOf('suggestion:reject')).toEqual([]);
    expect(socket.sentOf('suggestion:accept')).toEqual([]);
  });
});
