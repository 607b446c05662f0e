import { emptyFollowUp, emptyNotebook, ok, type Notebook } from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { Announcer } from '../../components/announcer/Announcer';
import { recordAnnouncements } from '../../test/announcements';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot, workshopWith } from '../../test/fixtures';
import { FakeDocServer } from '../../test/private-doc-server';
import { renderInWorkshop } from '../../test/render';
import { PairNotebook } from './PairNotebook';

const maria = { kind: 'participant', participantId: 'p-maria' } as const;
const state = workshopWith([
  { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
  { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
  { type: 'pairs:formed', pairs: [{ id: 'pair-1', memberIds: ['p-maria', 'p-ben'], withFacilitator: false }] },
]);

const withBenNote: Notebook = {
  ...emptyNotebook('pair-1'),
  entries: [{ id: 'e1', section: 'resources', text: 'Knows Ed', authorId: 'p-ben', version: 1, updatedAt: 1 }],
};

async function openAsMaria() {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, maria)));
  const server = new FakeDocServer(socket, state, maria);
  server.put('notebook', 'pair-1', withBenNote);
  server.put('followup', 'p-maria', emptyFollowUp('p-maria'));
  renderInWorkshop(
    <>
      <Announcer />
      <PairNotebook myPairId="pair-1" participantId="p-maria" canSend />
    </>,
    { socket, credential: { ...maria, token: 'm'.repeat(43) } },
  );
  await expect.poll(() => useStore.getState().status).toBe('online');
  await screen.findByText('Knows Ed');
  return { socket, server, user: userEvent.setup() };
}

describe('what a partner’s screen reader hears of the notebook', () => {
  it('hears the partner’s new note, not the notes there on opening, nor their own', async () => {
    const said = recordAnnouncements();
    const { socket, server, user } = await openAsMaria();

    const values = await screen.findByRole('region', { name: 'Common values' });
    await user.type(within(values).getByLabelText('New note: Common values'), 'Family first');
    await user.click(within(values).getByRole('button', { name: 'Add' }));
    await within(values).findByText('Family first');

    const before = server.doc('notebook', 'pair-1');
    const fromBen = {
      id: 'e3',
      section: 'interests',
      text: 'Safe staffing',
      authorId: 'p-ben',
      version: 1,
      updatedAt: 2,
    } as const;
    act(() =>
      socket.push(
        'doc:changed',
        server.put('notebook', 'pair-1', { ...before, entries: [...before.entries, fromBen] }),
      ),
    );
    await screen.findByText('Safe staffing');

    expect(said).toEqual(['polite: Ben added a note: Safe staffing']);
  });
});
