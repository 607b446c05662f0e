import { ok } from '@common-ground/shared';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot, workshopWith } from '../../test/fixtures';
import { FakeDocServer } from '../../test/private-doc-server';
import { renderInWorkshop } from '../../test/render';
import { EvaluationForm } from './EvaluationForm';

const maria = { kind: 'participant', participantId: 'p-maria' } as const;
const state = workshopWith([
  { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
  { type: 'evaluation:opened', open: true },
]);

/** Plays the server: Maria's answers, checked by the shared rule as the server would. */
async function openAsMaria() {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, maria)));
  const server = new FakeDocServer(socket, state, maria, Date.now);
  renderInWorkshop(<EvaluationForm participantId="p-maria" />, {
    socket,
    credential: { ...maria, token: 'm'.repeat(43) },
  });
  await expect.poll(() => useStore.getState().status).toBe('online');
  return { socket, user: userEvent.setup(), saved: () => server.doc('evaluation', 'p-maria') };
}

/** The facilitator closes the evaluation, as the server tells every screen. */
function closeEvaluation(socket: FakeSocket) {
  act(() =>
    socket.push('workshop:events', {
      events: [{ seq: state.seq + 1, at: Date.now(), event: { type: 'evaluation:opened', open: false } }],
    }),
  );
}

describe('EvaluationForm', () => {
  it('says what is missing, sends the answers, and lets Maria change them', async () => {
    const { user, saved } = await openAsMaria();
    expect(
      screen.getByText(
        'Before sending, add: what you learned, a rating, at least one I-like, and at least one I-wish.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Send my answers' })).toBeDisabled();

    await user.type(screen.getByLabelText('What did you learn?'), 'To listen first');
    await user.click(screen.getByLabelText('4 of 5'));
    await user.type(screen.getByLabelText('I like (1)'), 'The practice');
    expect(screen.getByText('Before sending, add: at least one I-wish.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add another I-like' }));
    await user.type(screen.getByLabelText('I like (2)'), 'The pairs');
    await user.type(screen.getByLabelText('I wish (1)'), 'More time');
    await user.click(screen.getByLabelText('Show my name with my answers'));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    expect(await screen.findByText(/Sent\. You can still change/)).toBeVisible();
    expect(saved()).toMatchObject({
      learned: 'To listen first',
      rating: 4,
      likes: ['The practice', 'The pairs'],
      wishes: ['More time'],
      signed: true,
      name: 'Maria',
    });

    await user.click(screen.getByLabelText('2 of 5'));
    await user.click(screen.getByRole('button', { name: 'Save my changes' }));
    await expect.poll(() => saved()?.rating).toBe(2);
    expect(screen.getByLabelText('I like (2)')).toHaveValue('The pairs');
  });

  it('says the evaluation closed and keeps a read-only copy of what Maria sent', async () => {
    const { socket, user } = await openAsMaria();
    await user.type(screen.getByLabelText('What did you learn?'), 'To listen first');
    await user.click(screen.getByLabelText('4 of 5'));
    await user.type(screen.getByLabelText('I like (1)'), 'The practice');
    await user.type(screen.getByLabelText('I wish (1)'), 'More time');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    await screen.findByText(/Sent\. You can still change/);

    closeEvaluation(socket);

    expect(await screen.findByRole('status')).toHaveTextContent('The evaluation is closed. Thank you!');
    expect(screen.getByRole('heading', { name: 'What you sent' })).toBeVisible();
    expect(screen.getByText('To listen first')).toBeVisible();
    expect(screen.getByText('4 of 5')).toBeVisible();
    expect(screen.getByText('The practice')).toBeVisible();
    expect(screen.getByText('More time')).toBeVisible();
    expect(screen.getByText('Sent without your name.')).toBeVisible();
    // Nothing left to type in or press.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says the evaluation closed to someone who sent nothing, with no copy', async () => {
    const { socket } = await openAsMaria();

    closeEvaluation(socket);

    expect(await screen.findByRole('status')).toHaveTextContent('The evaluation is closed. Thank you!');
    expect(screen.queryByRole('heading', { name: 'What you sent' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
