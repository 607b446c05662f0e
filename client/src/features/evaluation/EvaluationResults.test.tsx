import { ok, type EvaluationAnswer } from '@common-ground/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot, workshopWith } from '../../test/fixtures';
import { FakeDocServer } from '../../test/private-doc-server';
import { renderInWorkshop } from '../../test/render';
import { EvaluationResults } from './EvaluationResults';

const state = workshopWith([
  { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
  { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' },
  { type: 'evaluation:opened', open: true },
]);

const answer = (participantId: string, rating: number, extra: Partial<EvaluationAnswer> = {}): EvaluationAnswer => ({
  participantId,
  learned: `learned by ${participantId}`,
  rating,
  likes: [`like ${rating}`],
  wishes: [`wish ${rating}`],
  signed: false,
  updatedAt: rating,
  ...extra,
});

describe('EvaluationResults', () => {
  it('charts the ratings with counts and the mean, lists likes and wishes, and updates live', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok(snapshot(state)));
    const server = new FakeDocServer(socket, state, { kind: 'facilitator' });
    server.put('evaluation', 'p-maria', answer('p-maria', 5, { signed: true, name: 'Maria' }));
    renderInWorkshop(<EvaluationResults />, { socket });
    await expect.poll(() => useStore.getState().status).toBe('online');

    const chart = await screen.findByRole('list', { name: 'Ratings from 1 to 5' });
    expect(within(chart).getByText('5: 1 person')).toBeVisible();
    expect(within(chart).getByText('3: 0 people')).toBeVisible();
    expect(screen.getByText('Mean rating: 5.0 of 5')).toBeVisible();
    expect(screen.getByText('1 of 2 answered')).toBeVisible();

    socket.push('doc:changed', server.put('evaluation', 'p-ben', answer('p-ben', 2)));
    expect(await within(chart).findByText('2: 1 person')).toBeVisible();
    expect(screen.getByText('Mean rating: 3.5 of 5')).toBeVisible();
    expect(screen.getByText('2 of 2 answered')).toBeVisible();
    expect(screen.getAllByText(/like 2/).length).toBeGreaterThan(0);
    // Ben did not sign: his name appears nowhere.
    expect(screen.queryByText(/Ben/)).toBeNull();
    expect(screen.getAllByText(/Maria/).length).toBeGreaterThan(0);
  });

  it('keeps the answers in one order when someone edits theirs, so an edit points at no one', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok(snapshot(state)));
    const server = new FakeDocServer(socket, state, { kind: 'facilitator' });
    server.put('evaluation', 'p-maria', answer('p-maria', 5, { updatedAt: 1 }));
    server.put('evaluation', 'p-ben', answer('p-ben', 3, { updatedAt: 2 }));
    renderInWorkshop(<EvaluationResults />, { socket });
    await expect.poll(() => useStore.getState().status).toBe('online');
    const answers = await screen.findByRole('list', { name: 'Answers' });
    const order = () =>
      within(answers)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    await expect.poll(() => order().length).toBe(2);
    const before = order();

    socket.push('doc:changed', server.put('evaluation', 'p-maria', answer('p-maria', 4, { updatedAt: 10 })));
    expect(await within(answers).findByText(/Rating: 4 of 5/)).toBeVisible();
    expect(order().map((text) => text?.includes('learned by p-maria'))).toEqual(
      before.map((text) => text?.includes('learned by p-maria')),
    );

    socket.push('doc:changed', server.put('evaluation', 'p-ben', answer('p-ben', 1, { updatedAt: 20 })));
    expect(await within(answers).findByText(/Rating: 1 of 5/)).toBeVisible();
    expect(order().map((text) => text?.includes('learned by p-ben'))).toEqual(
      before.map((text) => text?.includes('learned by p-ben')),
    );
  });
});
