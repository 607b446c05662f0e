import {
  emptyFollowUp,
  emptyNotebook,
  fail,
  ok,
  type DomainEvent,
  type Notebook,
  type WorkshopState,
} from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { sequence, snapshot, workshopWith } from '../../test/fixtures';
import { FakeDocServer } from '../../test/private-doc-server';
import { renderInWorkshop } from '../../test/render';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { MyCommitments } from '../follow-up/MyCommitments';
import { PairNotebook } from './PairNotebook';
import { chooseWhen } from '../../test/date-time';

const maria = { kind: 'participant', participantId: 'p-maria' } as const;
const state = workshopWith([
  { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
  { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
  { type: 'pairs:formed', pairs: [{ id: 'pair-1', memberIds: ['p-maria', 'p-ben'], withFacilitator: false }] },
]);

const withNote = (text: string, version = 1): Notebook => ({
  ...emptyNotebook('pair-1'),
  entries: [{ id: 'e1', section: 'resources', text, authorId: 'p-ben', version, updatedAt: 1 }],
});

/** A pair member sent Ben's note "Knows Ed" (entry e1) to the flipchart; it waits for the note-taker. */
const sentBy = (authorId: string): DomainEvent => ({
  type: 'suggestion:added',
  suggestion: {
    id: 's-1',
    pairId: 'pair-1',
    authorId,
    column: 'resources',
    text: 'Knows Ed',
    createdAt: 5,
    sourceId: 'e1',
  },
});

/** Maria's screen, her pair's notebook served by the shared notebook rules. */
async function openAsMaria(start: Notebook, workshop: WorkshopState = state) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(workshop, maria)));
  socket.respond('card:suggest', () => ok({ seq: workshop.seq + 1 }));
  const server = new FakeDocServer(socket, workshop, maria);
  server.put('notebook', 'pair-1', start);
  server.put('followup', 'p-maria', emptyFollowUp('p-maria'));
  renderInWorkshop(
    <>
      <PairNotebook myPairId="pair-1" participantId="p-maria" canSend />
      <MyCommitments participantId="p-maria" />
    </>,
    {
      socket,
      credential: { ...maria, token: 'm'.repeat(43) },
    },
  );
  await expect.poll(() => useStore.getState().status).toBe('online');
  return { socket, server, user: userEvent.setup() };
}

describe('PairNotebook', () => {
  it('opens without saying it is sending a change, even while the server is slow to answer', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok(snapshot(state, maria)));
    // No answer to opening the notebook or the follow-up yet: reading them is still not a change.
    renderInWorkshop(
      <>
        <ConnectionBanner />
        <PairNotebook myPairId="pair-1" participantId="p-maria" canSend />
        <MyCommitments participantId="p-maria" />
      </>,
      { socket, credential: { ...maria, token: 'm'.repeat(43) } },
    );
    await expect.poll(() => useStore.getState().status).toBe('online');

    expect(
      within(screen.getByRole('region', { name: 'Our notebook' })).getByText('Opening the notebook…'),
    ).toBeVisible();
    expect(screen.queryByText(/sending/i)).toBeNull();
  });

  it('schedules our next 1:1 once, and it shows under My next one-on-ones', async () => {
    const { server, user } = await openAsMaria(emptyNotebook('pair-1'));
    const commitment = await screen.findByRole('form', { name: 'Our commitment' });
    expect(within(commitment).queryByLabelText(/next 1:1/i)).toBeNull();

    const next = screen.getByRole('form', { name: 'Our next 1:1' });
    expect(within(next).getByLabelText('With whom')).toHaveValue('Ben');
    await chooseWhen(user, within(next).getByRole('group', { name: 'When' }), '2026-12-01T18:00');
    await user.click(within(next).getByRole('button', { name: 'Schedule' }));

    const mine = await screen.findByRole('list', { name: 'My next one-on-ones' });
    expect(within(mine).getByText('Ben · Dec 1, 2026, 6:00 PM')).toBeVisible();
    expect(
      within(screen.getByRole('list', { name: 'Our next 1:1s' })).getByText('Ben · Dec 1, 2026, 6:00 PM'),
    ).toBeVisible();
    expect(server.doc('followup', 'p-maria').meetings).toEqual([
      expect.objectContaining({ withWhom: 'Ben', when: '2026-12-01T18:00' }),
    ]);
  });

  it('still shows the next 1:1 a commitment stored before', async () => {
    const stored = emptyNotebook('pair-1');
    await openAsMaria({
      ...stored,
      commitment: { ...stored.commitment, who: 'Maria', nextMeeting: '2026-11-30T09:00', version: 1 },
    });
    expect(await screen.findByText('Our next 1:1: Nov 30, 2026, 9:00 AM')).toBeVisible();
  });

  it('adds a note to a section and shows the partner’s notes as they arrive', async () => {
    const { socket, server, user } = await openAsMaria(withNote('Knows Ed'));
    const values = await screen.findByRole('region', { name: 'Common values' });
    await user.type(within(values).getByLabelText('New note: Common values'), 'Family first');
    await user.click(within(values).getByRole('button', { name: 'Add' }));
    expect(await within(values).findByText('Family first')).toBeVisible();
    expect(server.doc('notebook', 'pair-1').entries.map((e) => e.text)).toEqual(['Knows Ed', 'Family first']);

    const fromBen = server.doc('notebook', 'pair-1');
    act(() =>
      socket.push(
        'doc:changed',
        server.put('notebook', 'pair-1', {
          ...fromBen,
          entries: [
            ...fromBen.entries,
            { id: 'e3', section: 'interests', text: 'Safe staffing', authorId: 'p-ben', version: 1, updatedAt: 2 },
          ],
        }),
      ),
    );
    expect(await screen.findByText('Safe staffing')).toBeVisible();
  });

  it('shows a note added offline at once, marked as waiting, and plain once the server takes it', async () => {
    const { socket, server, user } = await openAsMaria(withNote('Knows Ed'));
    const feedback = await screen.findByRole('region', { name: 'Feedback notes' });
    act(() => socket.drop());
    await user.type(within(feedback).getByLabelText('New note: Feedback notes'), 'Asked why twice');
    await user.click(within(feedback).getByRole('button', { name: 'Add' }));

    const note = within(feedback).getByText('Asked why twice').closest('li');
    expect(note).toHaveTextContent('Waiting to send');
    expect(within(feedback).getByLabelText('New note: Feedback notes')).toHaveValue('');

    act(() => socket.reconnect());
    await expect.poll(() => server.doc('notebook', 'pair-1').entries.map((e) => e.text)).toContain('Asked why twice');
    await expect.poll(() => within(feedback).queryByText('Waiting to send')).toBeNull();
    expect(within(feedback).getAllByText('Asked why twice')).toHaveLength(1);
  });

  it('keeps a refused note in place with its text and why, and sends it again on Try again', async () => {
    const { socket, server, user } = await openAsMaria(withNote('Knows Ed'));
    const feedback = await screen.findByRole('region', { name: 'Feedback notes' });
    socket.respondOnce('doc:change', () => fail('internal', 'server.unexpected'));
    await user.type(within(feedback).getByLabelText('New note: Feedback notes'), 'Made a clear ask');
    await user.click(within(feedback).getByRole('button', { name: 'Add' }));

    const refusal = await within(feedback).findByRole('alert');
    expect(refusal).toHaveTextContent('Not saved:');
    expect(refusal.closest('li')).toHaveTextContent('Made a clear ask');

    await user.click(within(refusal).getByRole('button', { name: 'Try again' }));
    await expect.poll(() => server.doc('notebook', 'pair-1').entries.map((e) => e.text)).toContain('Made a clear ask');
    await expect.poll(() => within(feedback).queryByRole('alert')).toBeNull();
    expect(within(feedback).getAllByText('Made a clear ask')).toHaveLength(1);
  });

  it('shows both texts when the partner saved the same note first, and keeps Maria’s words', async () => {
    const { socket, server, user } = await openAsMaria(withNote('Knows Ed'));
    const resources = await screen.findByRole('region', { name: 'Skills and resources' });
    await user.click(within(resources).getByRole('button', { name: 'Edit' }));
    const editor = within(resources).getByLabelText('Edit note');
    await user.clear(editor);
    await user.type(editor, 'Knows Ed from church');

    // Ben saves first: his version reaches the server (and Maria's screen) before hers.
    act(() => socket.push('doc:changed', server.put('notebook', 'pair-1', withNote('Knows Ed, the shop steward', 2))));
    await user.click(within(resources).getByRole('button', { name: 'Save' }));

    const alert = await within(resources).findByRole('alert');
    expect(alert).toHaveTextContent('Your partner changed this meanwhile. Their version:');
    expect(alert).toHaveTextContent('Knows Ed, the shop steward');
    expect(within(resources).getByLabelText('Edit note')).toHaveValue('Knows Ed from church');
    expect(server.doc('notebook', 'pair-1').entries[0]?.text).toBe('Knows Ed, the shop steward');

    // Having seen both, Maria combines them; her save now goes through.
    await user.clear(within(resources).getByLabelText('Edit note'));
    await user.type(within(resources).getByLabelText('Edit note'), 'Knows Ed, the shop steward, from church');
    await user.click(within(resources).getByRole('button', { name: 'Save' }));
    expect(await within(resources).findByText('Knows Ed, the shop steward, from church')).toBeVisible();
    expect(server.doc('notebook', 'pair-1').entries[0]?.version).toBe(3);
  });

  it('reads "Sent" once Maria sends a note, and sends which note it is', async () => {
    const { socket, user } = await openAsMaria(withNote('Knows Ed'));
    const resources = await screen.findByRole('region', { name: 'Skills and resources' });

    await user.click(within(resources).getByRole('button', { name: 'Send to the flipchart: Knows Ed' }));
    expect(socket.sentOf('card:suggest')).toEqual([
      expect.objectContaining({ column: 'resources', text: 'Knows Ed', sourceId: 'e1' }),
    ]);
    act(() => socket.push('workshop:events', { events: sequence([sentBy('p-maria')], state.seq + 1) }));

    const button = within(resources).getByRole('button', { name: 'Sent: Knows Ed' });
    expect(button).toHaveTextContent('Sent');
    expect(button).toBeDisabled();
  });

  it('says a note sent to the flipchart while offline is on its way, and sends it once', async () => {
    const { socket, user } = await openAsMaria(withNote('Knows Ed'));
    const resources = await screen.findByRole('region', { name: 'Skills and resources' });
    act(() => socket.drop());

    await user.click(within(resources).getByRole('button', { name: 'Send to the flipchart: Knows Ed' }));
    const waiting = within(resources).getByRole('button', { name: 'Sending to the flipchart…: Knows Ed' });
    expect(waiting).toBeDisabled();
    expect(within(resources).getByText('Waiting to send')).toBeVisible();

    act(() => socket.reconnect());
    await expect.poll(() => socket.sentOf('card:suggest')).toHaveLength(1);
    act(() => socket.push('workshop:events', { events: sequence([sentBy('p-maria')], state.seq + 1) }));
    expect(await within(resources).findByRole('button', { name: 'Sent: Knows Ed' })).toBeDisabled();
    expect(within(resources).queryByText('Waiting to send')).toBeNull();
  });

  it('reads "Sent" on Maria’s screen too when Ben sent the note, so she cannot send it twice', async () => {
    const { socket } = await openAsMaria(withNote('Knows Ed'));
    const resources = await screen.findByRole('region', { name: 'Skills and resources' });
    expect(within(resources).getByRole('button', { name: 'Send to the flipchart: Knows Ed' })).toBeEnabled();

    act(() => socket.push('workshop:events', { events: sequence([sentBy('p-ben')], state.seq + 1) }));

    expect(within(resources).getByRole('button', { name: 'Sent: Knows Ed' })).toBeDisabled();
    expect(socket.sentOf('card:suggest')).toEqual([]);
  });

  it('still reads "Sent" after a reload, and after the note-taker put the note on the flipchart', async () => {
    const accepted = workshopWith([
      { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
      { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
      { type: 'pairs:formed', pairs: [{ id: 'pair-1', memberIds: ['p-maria', 'p-ben'], withFacilitator: false }] },
      sentBy('p-ben'),
      {
        type: 'card:added',
        cardId: 'c-1',
        column: 'resources',
        text: 'Knows Ed',
        authorId: 'p-ben',
        pairIds: ['pair-1'],
        sourceId: 'e1',
      },
      { type: 'suggestion:resolved', suggestionId: 's-1' },
    ]);
    await openAsMaria(withNote('Knows Ed'), accepted);
    const resources = await screen.findByRole('region', { name: 'Skills and resources' });

    expect(within(resources).getByRole('button', { name: 'Sent: Knows Ed' })).toBeDisabled();
  });
});
