import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Announcer } from '../../components/announcer/Announcer';
import { recordAnnouncements } from '../../test/announcements';
import { practiceWorkshop, useFakeClock } from '../../test/clock-fixtures';
import type { FakeSocket } from '../../test/fake-socket';
import { openScreen, sixJoined, threePairs } from '../../test/report-back-fixtures';
import { PairsPanel } from './PairsPanel';

const facilitator = { kind: 'facilitator' } as const;

function openPanel() {
  return openScreen(
    <>
      <Announcer />
      <PairsPanel view={null} />
    </>,
    practiceWorkshop([...sixJoined, threePairs]),
    facilitator,
  );
}

const present = (socket: FakeSocket, participantIds: string[]) =>
  act(() => socket.push('presence:changed', { participantIds, facilitator: true, projectors: 0 }));

describe('PairsPanel', () => {
  useFakeClock();

  it('shows how many pairs are done without making the count a live region', async () => {
    await openPanel();

    const badge = screen.getByText('0 of 3 pairs are done');
    expect(badge).toBeVisible();
    expect(badge.closest('[role="status"], [aria-live]')).toBeNull();
  });

  it('says nothing when people come and go, only when a pair is done', async () => {
    const said = recordAnnouncements();
    const { socket, serverSays } = await openPanel();

    present(socket, ['p-ana', 'p-ben', 'p-cleo']);
    present(socket, ['p-ana', 'p-ben', 'p-cleo', 'p-dan', 'p-eva', 'p-finn']);
    serverSays({ type: 'participant:left', participantId: 'p-finn' });
    expect(said).toEqual([]);

    serverSays({ type: 'pairs:done-set', pairId: 'pair-cd', done: true });

    expect(screen.getByText('1 of 3 pairs are done')).toBeVisible();
    expect(said).toEqual(['polite: Pair 2 is done: 1 of 3 pairs are done']);
    expect(screen.getByTestId('announcer-polite')).toHaveTextContent('Pair 2 is done: 1 of 3 pairs are done');
  });

  it('says nothing when a pair takes its “done” back', async () => {
    const said = recordAnnouncements();
    const { serverSays } = await openPanel();
    serverSays({ type: 'pairs:done-set', pairId: 'pair-ab', done: true });

    serverSays({ type: 'pairs:done-set', pairId: 'pair-ab', done: false });

    expect(screen.getByText('0 of 3 pairs are done')).toBeVisible();
    expect(said).toEqual(['polite: Pair 1 is done: 1 of 3 pairs are done']);
  });
});
