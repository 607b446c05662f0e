import { emptyFollowUp, ok } from '@common-ground/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot, workshopWith } from '../../test/fixtures';
import { FakeDocServer } from '../../test/private-doc-server';
import { renderInWorkshop } from '../../test/render';
import { TipsPanel } from './TipsPanel';

const state = workshopWith([
  { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
  { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
]);

describe('TipsPanel', () => {
  it('gives one participant up to three tips, addressed to them alone', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok(snapshot(state)));
    const server = new FakeDocServer(socket, state, { kind: 'facilitator' });
    renderInWorkshop(<TipsPanel />, { socket });
    await expect.poll(() => useStore.getState().status).toBe('online');
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('Participant'), 'Maria');
    expect(await screen.findByText('No tips for Maria yet.')).toBeVisible();
    for (const text of ['Ask why', 'Share a story', 'Make a clear ask']) {
      await user.type(screen.getByLabelText('New tip for Maria'), text);
      await user.click(screen.getByRole('button', { name: 'Give tip' }));
      expect(await screen.findByText(text)).toBeVisible();
    }

    expect(screen.getByText('Maria has 3 tips, the most to give.')).toBeVisible();
    expect(screen.queryByLabelText('New tip for Maria')).toBeNull();
    expect(socket.sentOf('doc:change')[0]).toMatchObject({ kind: 'followup', key: 'p-maria' });
    await user.click(screen.getByRole('button', { name: 'Remove tip: Share a story' }));
    expect(await screen.findByLabelText('New tip for Maria')).toBeVisible();
    expect(server.doc('followup', 'p-maria').tips.map((t) => t.text)).toEqual(['Ask why', 'Make a clear ask']);
  });

  it('shows the facilitator the next one-on-ones a participant scheduled', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok(snapshot(state)));
    const server = new FakeDocServer(socket, state, { kind: 'facilitator' });
    server.put('followup', 'p-maria', {
      ...emptyFollowUp('p-maria'),
      meetings: [{ id: 'm1', withWhom: 'Ben', when: '2026-12-01T18:00', where: 'Union hall', createdAt: 1 }],
    });
    renderInWorkshop(<TipsPanel />, { socket });
    await expect.poll(() => useStore.getState().status).toBe('online');
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('Participant'), 'Maria');
    const meetings = await screen.findByRole('list', { name: "Maria's next one-on-ones" });
    expect(meetings).toHaveTextContent('Ben · Dec 1, 2026, 6:00 PM · Union hall');
    await user.selectOptions(screen.getByLabelText('Participant'), 'Ben');
    expect(await screen.findByText('Ben has not scheduled a next one-on-one.')).toBeVisible();
  });
});
