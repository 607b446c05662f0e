import { fail, ok, type DomainEvent, type WorkshopState } from '@common-ground/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot, withPracticeAgenda, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { SendNoteForm } from './SendNoteForm';

const commandId = expect.stringMatching(/^[0-9a-f-]{36}$/);
const pair: DomainEvent[] = [
  { type: 'participant:joined', participantId: 'p-ana', name: 'Ana' },
  { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
  { type: 'pairs:formed', pairs: [{ id: 'pair-ab', memberIds: ['p-ana', 'p-ben'], withFacilitator: false }] },
];

/** Opens Ana's screen with `ui` on it; the fake server takes every note. */
async function openAsAna(state: WorkshopState, ui: ReactNode = <SendNoteForm />) {
  const socket = new FakeSocket();
  // The practice guide's agenda: its report-back is recorded on the flipchart.
  socket.respond('session:resume', () =>
    ok(snapshot(withPracticeAgenda(state), { kind: 'participant', participantId: 'p-ana' })),
  );
  socket.respond('card:suggest', () => ok({ seq: state.seq + 1 }));
  renderInWorkshop(ui, { socket, credential: { kind: 'participant', participantId: 'p-ana', token: 'a'.repeat(43) } });
  await expect.poll(() => useStore.getState().status).toBe('online');
  return { socket, user: userEvent.setup() };
}

const form = () => screen.getByRole('form', { name: 'Send a note to the flipchart' });

describe('SendNoteForm', () => {
  it('sends a pair’s note to the chosen column, and says it went to the note-taker', async () => {
    const { socket, user } = await openAsAna(workshopWith(pair));
    const note = within(form()).getByRole('textbox', { name: 'Your note' });
    expect(within(form()).getByText('The note-taker sees it first and puts it on the flipchart.')).toBeVisible();

    await user.selectOptions(within(form()).getByRole('combobox', { name: 'Column' }), 'Our Shared Interests');
    await user.type(note, '  We both love gardening ');
    await user.click(within(form()).getByRole('button', { name: 'Send to the flipchart' }));

    expect(socket.sentOf('card:suggest')).toEqual([{ column: 'interests', text: 'We both love gardening', commandId }]);
    expect(await within(form()).findByRole('status')).toHaveTextContent('Sent to the note-taker');
    expect(note).toHaveValue('');
  });

  it('says the note is on the flipchart when notes go straight onto it', async () => {
    const { socket, user } = await openAsAna(
      workshopWith([...pair, { type: 'settings:updated', notesFlow: 'direct' }]),
    );

    await user.type(within(form()).getByRole('textbox', { name: 'Your note' }), 'Faith');
    await user.click(within(form()).getByRole('button', { name: 'Send to the flipchart' }));

    expect(socket.sentOf('card:suggest')).toEqual([{ column: 'values', text: 'Faith', commandId }]);
    await waitFor(() => expect(within(form()).getByRole('status')).toHaveTextContent('On the flipchart'));
  });

  it('asks for some text instead of sending an empty note', async () => {
    const { socket, user } = await openAsAna(workshopWith(pair));
    const note = within(form()).getByRole('textbox', { name: 'Your note' });

    await user.type(note, '   ');
    await user.click(within(form()).getByRole('button', { name: 'Send to the flipchart' }));

    expect(note).toHaveAccessibleDescription('Write something first.');
    expect(socket.sentOf('card:suggest')).toEqual([]);
    expect(within(form()).getByRole('status')).toBeEmptyDOMElement();
  });

  it('keeps the note when the server refuses it', async () => {
    const { socket, user } = await openAsAna(workshopWith(pair));
    socket.respond('card:suggest', () => fail('forbidden', 'suggestion.participantsOnly'));
    const note = within(form()).getByRole('textbox', { name: 'Your note' });

    await user.type(note, 'Faith');
    await user.click(within(form()).getByRole('button', { name: 'Send to the flipchart' }));

    await waitFor(() => expect(within(form()).getByRole('button', { name: 'Send to the flipchart' })).toBeEnabled());
    expect(note).toHaveValue('Faith');
    expect(within(form()).getByRole('status')).toBeEmptyDOMElement();
  });

  it('starts from a prefilled note and column, and says when it was sent', async () => {
    const onSent = vi.fn();
    const { socket, user } = await openAsAna(
      workshopWith(pair),
      <SendNoteForm initialText="We both know the librarian" initialColumn="resources" onSent={onSent} />,
    );
    expect(within(form()).getByRole('textbox', { name: 'Your note' })).toHaveValue('We both know the librarian');

    await user.click(within(form()).getByRole('button', { name: 'Send to the flipchart' }));

    expect(socket.sentOf('card:suggest')).toEqual([
      { column: 'resources', text: 'We both know the librarian', commandId },
    ]);
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
  });
});
