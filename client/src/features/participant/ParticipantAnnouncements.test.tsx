import { describe, expect, it } from 'vitest';
import { Announcer } from '../../components/announcer/Announcer';
import { recordAnnouncements } from '../../test/announcements';
import { MINUTE_MS, practiceWorkshop, T0, useFakeClock, type TimedEvent } from '../../test/clock-fixtures';
import { openScreen, reportBackRunning, sixJoined, threePairs } from '../../test/report-back-fixtures';
import { screen } from '@testing-library/react';
import { ParticipantView } from './ParticipantView';

const as = (participantId: string) => ({ kind: 'participant', participantId }) as const;
const ordered: TimedEvent = [
  T0 - MINUTE_MS,
  { type: 'reportback:ordered', pairIds: ['pair-ab', 'pair-cd', 'pair-ef'] },
];

function openAs(participantId: string, events: TimedEvent[] = []) {
  return openScreen(
    <>
      <Announcer />
      <ParticipantView />
    </>,
    practiceWorkshop([...sixJoined, threePairs, ...events]),
    as(participantId),
  );
}

describe('what a participant’s screen reader hears', () => {
  useFakeClock();

  it('hears a new card on the flipchart, with its column and words, but not a card of their own', async () => {
    const said = recordAnnouncements();
    const { serverSays } = await openAs('p-ana', [
      [T0 - MINUTE_MS, { type: 'participant:role-assigned', participantId: 'p-ana', role: 'notetaker' }],
    ]);

    serverSays({ type: 'card:added', cardId: 'c-1', column: 'values', text: 'Dignity at work', authorId: null });
    serverSays({ type: 'card:added', cardId: 'c-2', column: 'resources', text: 'Knows Ed', authorId: 'p-ana' });

    expect(said).toEqual(['polite: New card in Our Common Values: Dignity at work']);
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent('New card in Our Common Values: Dignity at work');
  });

  it('hears that the note-taker took their pair’s note onto the flipchart', async () => {
    const said = recordAnnouncements();
    const { serverSays } = await openAs('p-ana');

    serverSays({
      type: 'card:added',
      cardId: 'c-1',
      column: 'interests',
      text: 'Safe staffing',
      authorId: 'p-ana',
      pairIds: ['pair-ab'],
    });

    expect(said).toEqual(['polite: New card in Our Shared Interests: Safe staffing']);
  });

  it('hears a role given and taken back, and nothing of someone else’s role', async () => {
    const said = recordAnnouncements();
    const { serverSays } = await openAs('p-cleo');

    serverSays({ type: 'participant:role-assigned', participantId: 'p-dan', role: 'timekeeper' });
    serverSays({ type: 'participant:role-assigned', participantId: 'p-cleo', role: 'notetaker' });
    serverSays({ type: 'participant:role-assigned', participantId: 'p-cleo', role: 'participant' });

    expect(said).toEqual(['polite: You are now the note-taker.', 'polite: You are no longer the note-taker.']);
  });

  it('is interrupted when it is their pair’s turn to report back, and hears no other pair’s turn', async () => {
    const said = recordAnnouncements();
    const { serverSays } = await openAs('p-dan', [reportBackRunning, ordered]);

    serverSays({ type: 'reportback:speaking', index: 0 });
    serverSays({ type: 'reportback:speaking', index: 1 });
    serverSays({ type: 'reportback:speaking', index: 2 });

    expect(said).toEqual(['assertive: It’s your turn to report back']);
    expect(screen.getByTestId('announcer-assertive')).toHaveTextContent('It’s your turn to report back');
  });
});
