import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '../../components/ErrorNotice';
import {
  advance,
  MINUTE_MS,
  pairsRunningFrom,
  practice,
  practiceWorkshop,
  SECOND_MS,
  T0,
  useFakeClock,
  type TimedEvent,
} from '../../test/clock-fixtures';
import { openScreen, reportBackRunning, sixJoined, threePairs, withCommandId } from '../../test/report-back-fixtures';
import { FacilitatorView } from '../facilitator/FacilitatorView';
import { ReportBackPanel } from './ReportBackPanel';

const facilitator = { kind: 'facilitator' } as const;
const ordered = (pairIds: string[]): TimedEvent => [T0 - MINUTE_MS, { type: 'reportback:ordered', pairIds }];
const speaking = (index: number | null, at = T0): TimedEvent => [at, { type: 'reportback:speaking', index }];

function openPanel(events: TimedEvent[]) {
  return openScreen(
    <>
      <ErrorNotice />
      <ReportBackPanel />
    </>,
    practiceWorkshop([...sixJoined, threePairs, reportBackRunning, ...events]),
    facilitator,
  );
}

const panel = () => screen.getByRole('region', { name: 'Report-back' });
const order = () =>
  within(within(panel()).getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
const item = (name: string) => {
  const found = within(panel())
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(name));
  if (!found) throw new Error(`${name} is not in the order`);
  return found;
};
const button = (name: string) => within(panel()).getByRole('button', { name });
const pairTimer = () => screen.getByRole('timer', { name: 'Time for this pair' });

describe('ReportBackPanel', () => {
  useFakeClock();

  it('offers the pairs in their current order, with the guide’s 4 minutes for each of 3 pairs', async () => {
    await openPanel([]);

    expect(order()).toEqual([
      expect.stringMatching(/^Ana & Ben/),
      expect.stringMatching(/^Cleo & Dan/),
      expect.stringMatching(/^Eva & Finn/),
    ]);
    expect(within(panel()).getByText('4 min each (the guide: 3 to 4 min)')).toBeVisible();
    // The step's instructions on the same screen say the same.
    expect(screen.queryByText(/5 min/)).toBeNull();
    expect(button('Use this order')).toBeVisible();
    expect(button('Start with the first pair')).toBeEnabled();
    expect(within(panel()).queryByRole('button', { name: 'Next pair' })).toBeNull();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('moves a pair with the keyboard, keeps the focus on it, and sends the order on “Use this order”', async () => {
    const { socket, user } = await openPanel([]);

    button('Move down: Ana & Ben').focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual([
      expect.stringMatching(/^Cleo & Dan/),
      expect.stringMatching(/^Ana & Ben/),
      expect.stringMatching(/^Eva & Finn/),
    ]);
    expect(button('Move down: Ana & Ben')).toHaveFocus();

    await user.keyboard('{Enter}');
    // At the bottom, "Move down" is disabled and the keyboard moves to "Move up".
    expect(button('Move down: Ana & Ben')).toBeDisabled();
    expect(button('Move up: Ana & Ben')).toHaveFocus();
    expect(button('Move up: Cleo & Dan')).toBeDisabled();

    await user.click(button('Use this order'));

    expect(socket.sentOf('reportback:set-order')).toEqual([
      withCommandId({ pairIds: ['pair-cd', 'pair-ef', 'pair-ab'] }),
    ]);
  });

  it('shows the saved order, and forgets a rearrangement once anyone saves an order', async () => {
    const { user, serverSays } = await openPanel([ordered(['pair-ef', 'pair-ab', 'pair-cd'])]);
    expect(order()[0]).toMatch(/^Eva & Finn/);
    expect(within(panel()).queryByRole('button', { name: 'Use this order' })).toBeNull();

    await user.click(button('Move up: Cleo & Dan'));
    expect(button('Use this order')).toBeVisible();
    serverSays({ type: 'reportback:ordered', pairIds: ['pair-ab', 'pair-cd', 'pair-ef'] });

    expect(order()[0]).toMatch(/^Ana & Ben/);
    expect(within(panel()).queryByRole('button', { name: 'Use this order' })).toBeNull();
  });

  it('starts with the first pair: saves the order shown, then gives that pair the floor', async () => {
    const { socket, user } = await openPanel([]);

    await user.click(button('Start with the first pair'));

    await expect.poll(() => socket.sentOf('reportback:speak')).toEqual([withCommandId({ index: 0 })]);
    expect(socket.sentOf('reportback:set-order')).toEqual([
      withCommandId({ pairIds: ['pair-ab', 'pair-cd', 'pair-ef'] }),
    ]);
    expect(socket.sent.map((s) => s.event).filter((e) => e.startsWith('reportback:'))).toEqual([
      'reportback:set-order',
      'reportback:speak',
    ]);
  });

  it('passes the floor to the next pair and stops, and offers no next pair after the last', async () => {
    const { socket, user, serverSays } = await openPanel([ordered(['pair-ab', 'pair-cd', 'pair-ef']), speaking(0)]);

    await user.click(button('Next pair'));
    expect(socket.sentOf('reportback:speak')).toEqual([withCommandId({ index: 1 })]);

    serverSays({ type: 'reportback:speaking', index: 2 });
    expect(within(panel()).queryByRole('button', { name: 'Next pair' })).toBeNull();
    await user.click(button('Stop'));

    expect(socket.sentOf('reportback:speak')).toEqual([withCommandId({ index: 1 }), withCommandId({ index: null })]);
  });

  it('highlights the pair that is speaking, with its own timer', async () => {
    await openPanel([ordered(['pair-ab', 'pair-cd', 'pair-ef']), speaking(1)]);

    const speaker = item('Cleo & Dan');
    expect(speaker).toHaveAttribute('aria-current', 'true');
    expect(within(speaker).getByText('speaking now')).toBeVisible();
    expect(within(speaker).getByRole('timer', { name: 'Time for this pair' })).toHaveTextContent('4:00');
    expect(item('Ana & Ben')).not.toHaveAttribute('aria-current');
    expect(within(item('Ana & Ben')).queryByRole('timer')).toBeNull();
  });

  it('counts the pair’s time down from its share, then shows overtime plainly', async () => {
    await openPanel([ordered(['pair-ab', 'pair-cd', 'pair-ef']), speaking(0)]);
    expect(pairTimer()).toHaveTextContent('4:00');

    advance(61 * SECOND_MS);
    expect(pairTimer()).toHaveTextContent('2:59');

    advance(4 * MINUTE_MS + 5 * SECOND_MS - 61 * SECOND_MS);
    expect(pairTimer()).toHaveTextContent('+0:05');
    expect(within(item('Ana & Ben')).getByText('Over time')).toBeVisible();
  });

  it('gives the next pair its own full share when the floor passes', async () => {
    const { serverSays } = await openPanel([
      ordered(['pair-ab', 'pair-cd', 'pair-ef']),
      speaking(0, T0 - 5 * MINUTE_MS),
    ]);
    expect(pairTimer()).toHaveTextContent('+1:00');

    serverSays({ type: 'reportback:speaking', index: 1 });

    expect(within(item('Cleo & Dan')).getByRole('timer')).toHaveTextContent('4:00');
  });

  it('shares the step by four pairs as 3 min 45 s each', async () => {
    const fourth: TimedEvent = [
      T0 - 30 * MINUTE_MS,
      { type: 'participant:joined', participantId: 'p-gus', name: 'Gus' },
    ];
    const alone: TimedEvent = [
      T0 - 30 * MINUTE_MS,
      { type: 'pairs:member-moved', participantId: 'p-gus', toPairId: 'pair-g', withFacilitator: true },
    ];
    await openPanel([fourth, alone]);

    expect(order()[3]).toMatch(/^Gus & the facilitator/);
    expect(within(panel()).getByText('3 min 45 s each (the guide: 3 to 4 min)')).toBeVisible();
  });

  it('says what will appear when there are no pairs', async () => {
    await openScreen(<ReportBackPanel />, practiceWorkshop([...sixJoined, reportBackRunning]), facilitator);

    expect(within(panel()).getByText(/No pairs yet/)).toBeVisible();
    expect(button('Start with the first pair')).toBeDisabled();
  });
});

describe('FacilitatorView during report-back', () => {
  useFakeClock();

  it('puts the report-back near the top during its step, and not before', async () => {
    const { serverSays } = await openScreen(
      <FacilitatorView code="ABC234" token={'k'.repeat(43)} />,
      practiceWorkshop([...sixJoined, threePairs, pairsRunningFrom(T0 - MINUTE_MS)]),
      facilitator,
    );
    expect(screen.queryByRole('region', { name: 'Report-back' })).toBeNull();

    serverSays({ type: 'clock:moved', stepId: practice.reportBack.id, phaseId: null, running: true, auto: false });

    // Right after the now card, before the agenda.
    const agenda = screen.getByRole('region', { name: 'Agenda' });
    expect(panel().compareDocumentPosition(agenda) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(panel()).getByRole('button', { name: 'Start with the first pair' })).toBeVisible();
  });
});
