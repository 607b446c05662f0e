import { emptyFollowUp, ok, type FollowUp, type FollowUpChange } from '@common-ground/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot, workshopWith } from '../../test/fixtures';
import { FakeDocServer } from '../../test/private-doc-server';
import { renderInWorkshop } from '../../test/render';
import { MyCommitments } from './MyCommitments';
import { chooseWhen } from '../../test/date-time';

const maria = { kind: 'participant', participantId: 'p-maria' } as const;
const state = workshopWith([
  { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
  { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
]);

/** Plays the server: Maria's follow-up, changed by the shared rule as the server would. */
async function openAsMaria(start: FollowUp) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, maria)));
  const server = new FakeDocServer(socket, state, maria);
  server.put('followup', 'p-maria', start);
  renderInWorkshop(<MyCommitments participantId="p-maria" />, {
    socket,
    credential: { ...maria, token: 'm'.repeat(43) },
  });
  await expect.poll(() => useStore.getState().status).toBe('online');
  return { socket, server, user: userEvent.setup(), current: () => server.doc('followup', 'p-maria') };
}

describe('MyCommitments', () => {
  it('shows the tips the facilitator gave, and updates when a new one arrives', async () => {
    const start = { ...emptyFollowUp('p-maria'), tips: [{ id: 't1', text: 'Ask why once more', createdAt: 1 }] };
    const { socket, server } = await openAsMaria(start);

    const tips = await screen.findByRole('list', { name: 'Tips from the facilitator' });
    expect(within(tips).getByText('Ask why once more')).toBeVisible();

    socket.push(
      'doc:changed',
      server.put('followup', 'p-maria', {
        ...start,
        tips: [...start.tips, { id: 't2', text: 'Make a clear ask', createdAt: 2 }],
      }),
    );
    expect(await screen.findByText('Make a clear ask')).toBeVisible();
  });

  it('schedules, edits and deletes the next one-on-one', async () => {
    const { socket, user, current } = await openAsMaria(emptyFollowUp('p-maria'));
    expect(await screen.findByText(/Nothing scheduled yet/)).toBeVisible();

    await user.type(screen.getByLabelText('With whom'), 'Ben');
    await chooseWhen(user, screen.getByRole('group', { name: 'When' }), '2026-12-01T18:00');
    await user.type(screen.getByLabelText('Where or notes (optional)'), 'Union hall');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));

    const meetings = await screen.findByRole('list', { name: 'My next one-on-ones' });
    expect(within(meetings).getByText('Ben · Dec 1, 2026, 6:00 PM')).toBeVisible();
    // Stored with the browser's time zone, so the calendar file means 18:00 where they meet.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(current().meetings).toMatchObject([
      { withWhom: 'Ben', when: '2026-12-01T18:00', where: 'Union hall', timeZone: zone },
    ]);
    expect(screen.getByLabelText('With whom')).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Edit one-on-one with Ben' }));
    const editor = screen.getByRole('form', { name: 'Edit this one-on-one' });
    await user.clear(within(editor).getByLabelText('With whom'));
    await user.type(within(editor).getByLabelText('With whom'), 'Ben and Rosa');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Ben and Rosa · Dec 1, 2026, 6:00 PM')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Delete one-on-one with Ben and Rosa' }));
    expect(await screen.findByText(/Nothing scheduled yet/)).toBeVisible();
    expect(socket.sentOf('doc:change').map((m) => (m as { change: FollowUpChange }).change.type)).toEqual([
      'meeting:add',
      'meeting:edit',
      'meeting:remove',
    ]);
  });

  it('asks for a name and a time before scheduling', async () => {
    const { socket, user } = await openAsMaria(emptyFollowUp('p-maria'));
    await user.click(await screen.findByRole('button', { name: 'Schedule' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Say who you will meet.');
    expect(socket.sentOf('doc:change')).toHaveLength(0);
  });
});
