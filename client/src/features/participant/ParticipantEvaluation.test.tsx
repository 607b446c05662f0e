import { ok, type EvaluationAnswer, type WorkshopState } from '@common-ground/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { MINUTE_MS, practiceWorkshop, serverClock, T0, useFakeClock, type TimedEvent } from '../../test/clock-fixtures';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot } from '../../test/fixtures';
import { FakeDocServer } from '../../test/private-doc-server';
import { renderInWorkshop } from '../../test/render';
import { ParticipantView } from './ParticipantView';

const maria = { kind: 'participant', participantId: 'p-maria' } as const;
const mariaJoined: TimedEvent = [
  T0 - 20 * MINUTE_MS,
  { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
];
const opened: TimedEvent = [T0 - 10 * MINUTE_MS, { type: 'evaluation:opened', open: true }];
const closed: TimedEvent = [T0 - MINUTE_MS, { type: 'evaluation:opened', open: false }];

const sent: EvaluationAnswer = {
  participantId: 'p-maria',
  learned: 'To listen first',
  rating: 4,
  likes: ['The practice'],
  wishes: ['More time'],
  signed: false,
  updatedAt: T0 - 5 * MINUTE_MS,
};

/** Opens Maria's page afresh, as a reload does: all it knows is what the server sends now. */
async function loadAsMaria(state: WorkshopState, answer: EvaluationAnswer | null) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, maria)));
  serverClock(socket);
  const docs = new FakeDocServer(socket, state, maria);
  if (answer) docs.put('evaluation', 'p-maria', answer);
  renderInWorkshop(<ParticipantView />, { socket, credential: { ...maria, token: 'm'.repeat(43) } });
  await expect.poll(() => useStore.getState().status).toBe('online');
}

describe('ParticipantView after the evaluation closed', () => {
  useFakeClock();

  it('still says it is closed and shows what Maria sent when she loads the page again', async () => {
    await loadAsMaria(practiceWorkshop([mariaJoined, opened, closed]), sent);

    expect(await screen.findByText('The evaluation is closed. Thank you!')).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'What you sent' })).toBeVisible();
    expect(screen.getByText('To listen first')).toBeVisible();
    expect(screen.getByText('4 of 5')).toBeVisible();
    expect(screen.getByText('The practice')).toBeVisible();
    expect(screen.getByText('More time')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Send my answers|Save my changes/ })).toBeNull();
  });

  it('shows no evaluation at all before the facilitator ever opened it', async () => {
    await loadAsMaria(practiceWorkshop([mariaJoined]), null);

    expect(screen.queryByText('The evaluation is closed. Thank you!')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Evaluation' })).toBeNull();
  });
});
