import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { practiceWorkshop, useFakeClock } from '../../test/clock-fixtures';
import { openScreen, sixJoined, withCommandId } from '../../test/report-back-fixtures';
import { FacilitatorView } from '../facilitator/FacilitatorView';
import { ParticipantView } from '../participant/ParticipantView';
import { ProjectorView } from '../projector/ProjectorView';
import { earlier, observing } from './observe-fixtures';

const ana = { kind: 'participant', participantId: 'p-ana' } as const;
const anaAsks = earlier(
  {
    type: 'post:added',
    postId: 'q-1',
    kind: 'question',
    text: 'How do you end it?',
    authorId: 'p-ana',
  },
  0.8,
);
const anaNotices = earlier(
  {
    type: 'post:added',
    postId: 'n-1',
    kind: 'noticing',
    text: 'Many open questions',
    authorId: 'p-ana',
  },
  0.6,
);
const benAsks = earlier(
  {
    type: 'post:added',
    postId: 'q-2',
    kind: 'question',
    text: 'Why share your own story?',
    authorId: 'p-ben',
  },
  0.4,
);

const panel = () => screen.getByRole('region', { name: 'After the demonstration' });
const myPosts = () =>
  within(within(panel()).getByRole('list', { name: 'What you posted' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('p')?.textContent);

describe('the participant’s observe panel', () => {
  useFakeClock();

  it('posts a question and clears the field', async () => {
    const { socket, user } = await openScreen(<ParticipantView />, observing(), ana);

    await user.click(within(panel()).getByRole('radio', { name: 'A question' }));
    const field = within(panel()).getByRole('textbox', { name: 'Your noticing or question' });
    await user.type(field, '  How do you end a 1:1?  ');
    await user.click(within(panel()).getByRole('button', { name: 'Post' }));

    expect(socket.sentOf('post:add')).toEqual([withCommandId({ kind: 'question', text: 'How do you end a 1:1?' })]);
    expect(field).toHaveValue('');
  });

  it('posts a noticing by default, and not an empty one', async () => {
    const { socket, user } = await openScreen(<ParticipantView />, observing(), ana);

    await user.click(within(panel()).getByRole('button', { name: 'Post' }));
    expect(within(panel()).getByText('Write something first.')).toBeVisible();
    expect(socket.sentOf('post:add')).toEqual([]);

    await user.type(within(panel()).getByRole('textbox', { name: 'Your noticing or question' }), 'Eye contact');
    await user.click(within(panel()).getByRole('button', { name: 'Post' }));
    expect(socket.sentOf('post:add')).toEqual([withCommandId({ kind: 'noticing', text: 'Eye contact' })]);
  });

  it('lists only my own posts, and deletes one', async () => {
    const { socket, user, serverSays } = await openScreen(
      <ParticipantView />,
      observing(anaAsks, anaNotices, benAsks),
      ana,
    );

    expect(myPosts()).toEqual(['How do you end it?', 'Many open questions']);
    await user.click(within(panel()).getByRole('button', { name: 'Delete: Many open questions' }));
    expect(socket.sentOf('post:delete')).toEqual([withCommandId({ postId: 'n-1' })]);

    serverSays({ type: 'post:deleted', postId: 'n-1' });
    expect(myPosts()).toEqual(['How do you end it?']);
  });

  it('asks whether I feel ready to try, and lets me change my answer', async () => {
    const { socket, user, serverSays } = await openScreen(<ParticipantView />, observing(), ana);

    const ready = within(panel()).getByRole('button', { name: 'Ready to try' });
    const more = within(panel()).getByRole('button', { name: 'Observe more' });
    expect(ready).toHaveAttribute('aria-pressed', 'false');
    await user.click(more);
    expect(socket.sentOf('readiness:answer')).toEqual([withCommandId({ choice: 'observe-more' })]);

    serverSays({ type: 'readiness:answered', participantId: 'p-ana', choice: 'observe-more' });
    expect(more).toHaveAttribute('aria-pressed', 'true');
    expect(within(panel()).getByText('Your answer: Observe more. You can change it.')).toBeVisible();

    await user.click(ready);
    expect(socket.sentOf('readiness:answer')).toHaveLength(2);
  });

  it('is not shown outside an observe step', async () => {
    await openScreen(<ParticipantView />, practiceWorkshop(sixJoined), ana);

    expect(screen.queryByRole('region', { name: 'After the demonstration' })).toBeNull();
  });
});

describe('the facilitator’s observe panel', () => {
  useFakeClock();
  const facilitator = { kind: 'facilitator' } as const;
  const open = (...more: Parameters<typeof observing>) =>
    openScreen(<FacilitatorView code="ABC234" token={'k'.repeat(43)} />, observing(...more), facilitator);
  const facPanel = () => screen.getByRole('region', { name: 'Noticings and questions' });

  it('lists questions and noticings live, with who posted them', async () => {
    const { serverSays } = await open(anaAsks, anaNotices);

    const questions = within(facPanel()).getByRole('list', { name: 'Questions' });
    expect(within(questions).getByText('How do you end it?')).toBeVisible();
    expect(within(questions).getByText('Ana')).toBeVisible();
    const noticings = within(facPanel()).getByRole('list', { name: 'Noticings' });
    expect(within(noticings).getByText('Many open questions')).toBeVisible();

    serverSays(benAsks[1]);
    expect(within(questions).getByText('Why share your own story?')).toBeVisible();
  });

  it('marks a question answered', async () => {
    const { socket, user, serverSays } = await open(anaAsks);

    const box = within(facPanel()).getByRole('checkbox', { name: 'Answered: How do you end it?' });
    await user.click(box);
    expect(socket.sentOf('post:mark-answered')).toEqual([withCommandId({ postId: 'q-1', answered: true })]);

    serverSays({ type: 'post:answered', postId: 'q-1', answered: true });
    expect(box).toBeChecked();
  });

  it('shows the readiness tally and who has not answered', async () => {
    await open(
      earlier({ type: 'readiness:answered', participantId: 'p-ana', choice: 'ready' }),
      earlier({ type: 'readiness:answered', participantId: 'p-ben', choice: 'ready' }),
      earlier({ type: 'readiness:answered', participantId: 'p-cleo', choice: 'observe-more' }),
      earlier({ type: 'participant:left', participantId: 'p-finn' }),
    );

    const tally = within(facPanel()).getByRole('group', { name: 'Ready to try?' });
    expect(within(tally).getByText('Ready to try: 2')).toBeVisible();
    expect(within(tally).getByText('Observe more: 1')).toBeVisible();
    expect(within(tally).getByText('Not answered yet: 2')).toBeVisible();
    expect(within(tally).getByText('Waiting for: Dan and Eva')).toBeVisible();
  });
});

describe('the projector during an observe step', () => {
  useFakeClock();

  it('shows the questions without names', async () => {
    await openScreen(<ProjectorView code="ABC234" />, observing(anaAsks, anaNotices), { kind: 'projector' });

    const board = screen.getByRole('region', { name: 'Your questions' });
    expect(within(board).getByText('How do you end it?')).toBeVisible();
    expect(within(board).queryByText('Many open questions')).toBeNull();
    expect(within(board).queryByText('Ana')).toBeNull();
  });
});
