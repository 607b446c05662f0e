import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  advance,
  MINUTE_MS,
  practice,
  practiceWorkshop,
  SECOND_MS,
  T0,
  useFakeClock,
  type TimedEvent,
} from '../../test/clock-fixtures';
import { openScreen, reportBackRunning, role, sixJoined, threePairs } from '../../test/report-back-fixtures';
import { ParticipantView } from '../participant/ParticipantView';
import { ProjectorView } from '../projector/ProjectorView';

const ordered: TimedEvent = [
  T0 - MINUTE_MS,
  { type: 'reportback:ordered', pairIds: ['pair-ab', 'pair-cd', 'pair-ef'] },
];
const anaAndBenSpeak: TimedEvent = [T0, { type: 'reportback:speaking', index: 0 }];
const reportingBack = (...more: TimedEvent[]) =>
  practiceWorkshop([...sixJoined, threePairs, reportBackRunning, ordered, ...more]);

const as = (participantId: string) => ({ kind: 'participant', participantId }) as const;
const pairTimer = () => screen.getByRole('timer', { name: 'Time for this pair' });

describe('a participant’s screen during report-back', () => {
  useFakeClock();

  it('shows who is speaking now, with the pair’s timer, and where my pair is in the order', async () => {
    await openScreen(<ParticipantView />, reportingBack(anaAndBenSpeak), as('p-cleo'));

    expect(screen.getByText('Now speaking: Ana & Ben')).toBeVisible();
    expect(pairTimer()).toHaveTextContent('4:00');
    expect(screen.getByText('Your pair is number 2 of 3.')).toBeVisible();
    expect(screen.queryByText('It’s your turn to report back')).toBeNull();

    advance(90 * SECOND_MS);
    expect(pairTimer()).toHaveTextContent('2:30');
  });

  it('tells the pair that is speaking it is their turn', async () => {
    await openScreen(<ParticipantView />, reportingBack(anaAndBenSpeak), as('p-ben'));

    expect(screen.getByText('It’s your turn to report back')).toBeVisible();
    expect(screen.getByText('Now speaking: Ana & Ben')).toBeVisible();
  });

  it('follows the floor as it passes: my pair’s turn comes, with its own full time', async () => {
    const { serverSays } = await openScreen(
      <ParticipantView />,
      reportingBack([T0 - 3 * MINUTE_MS, { type: 'reportback:speaking', index: 0 }]),
      as('p-dan'),
    );
    expect(pairTimer()).toHaveTextContent('1:00');

    serverSays({ type: 'reportback:speaking', index: 1 });

    expect(screen.getByText('It’s your turn to report back')).toBeVisible();
    expect(screen.getByText('Now speaking: Cleo & Dan')).toBeVisible();
    expect(pairTimer()).toHaveTextContent('4:00');
  });

  it('says the pairs report back in turn before the first one starts', async () => {
    await openScreen(<ParticipantView />, reportingBack(), as('p-eva'));

    expect(screen.getByText('Pairs report back in turn. The first pair starts soon.')).toBeVisible();
    expect(screen.getByText('Your pair is number 3 of 3.')).toBeVisible();
    expect(screen.queryByRole('timer', { name: 'Time for this pair' })).toBeNull();
  });

  it('gives a plain participant no report-back controls', async () => {
    await openScreen(<ParticipantView />, reportingBack(anaAndBenSpeak), as('p-cleo'));

    expect(screen.queryByRole('group', { name: 'Report-back controls' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Move (up|down):/ })).toBeNull();
  });

  it('gives the note-taker the report-back panel, with their own pair marked', async () => {
    const { socket, user } = await openScreen(
      <ParticipantView />,
      reportingBack(role('p-finn', 'notetaker'), anaAndBenSpeak),
      as('p-finn'),
    );

    const panel = screen.getByRole('region', { name: 'Report-back' });
    expect(within(panel).getByText('· your pair')).toBeVisible();
    expect(within(panel).getByRole('timer', { name: 'Time for this pair' })).toHaveTextContent('4:00');
    await user.click(within(panel).getByRole('button', { name: 'Next pair' }));

    expect(socket.sentOf('reportback:speak')).toEqual([expect.objectContaining({ index: 1 })]);
  });
});

describe('the projector during report-back', () => {
  useFakeClock();

  it('shows the speaking pair large, its timer, the four questions and the order', async () => {
    await openScreen(<ProjectorView code="ABC234" />, reportingBack([T0, { type: 'reportback:speaking', index: 1 }]), {
      kind: 'projector',
    });

    const report = screen.getByRole('region', { name: 'Report-back' });
    expect(within(report).getByText('Now speaking')).toBeVisible();
    expect(within(report).getByRole('heading', { name: 'Cleo & Dan' })).toBeVisible();
    expect(within(report).getByRole('timer', { name: 'Time for this pair' })).toHaveTextContent('4:00');
    for (const question of practice.reportBack.questions) expect(within(report).getByText(question)).toBeVisible();
    const order = within(report).getByRole('list', { name: 'Order of pairs' });
    expect(within(order).getByText('Cleo & Dan')).toHaveAttribute('aria-current', 'true');
    expect(within(order).getByText('Ana & Ben')).not.toHaveAttribute('aria-current');
  });
});
