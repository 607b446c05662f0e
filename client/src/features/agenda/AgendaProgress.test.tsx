import { ok, type WorkshopState } from '@common-ground/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import {
  advance,
  MINUTE_MS,
  nextFrame,
  pairsRunningFrom,
  practiceWorkshop,
  serverClock,
  T0,
  useFakeClock,
} from '../../test/clock-fixtures';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { useClock } from '../clock/use-clock';
import { AgendaProgress } from './AgendaProgress';

function ProjectedProgress() {
  return <AgendaProgress view={useClock()} />;
}

async function openProgress(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, { kind: 'projector' })));
  serverClock(socket);
  renderInWorkshop(<ProjectedProgress />, { socket, credential: { kind: 'projector', token: 'p'.repeat(43) } });
  await expect.poll(() => useStore.getState().status).toBe('online');
  nextFrame();
}

const bar = () => screen.getByRole('progressbar', { name: 'Progress through the agenda' });
const current = () => screen.getAllByRole('listitem').filter((step) => step.getAttribute('aria-current') === 'step');

describe('AgendaProgress', () => {
  useFakeClock();

  it('shows every step with its minutes, and no progress before the session starts', async () => {
    await openProgress(practiceWorkshop());

    const [roles, pairs, team, learnings, ...more] = screen.getAllByRole('listitem');
    expect(more).toEqual([]);
    expect(within(roles!).getByText('Roles and agenda')).toBeVisible();
    expect(within(roles!).getByText('5 min')).toBeVisible();
    expect(within(pairs!).getByText('Practice in pairs')).toBeVisible();
    expect(within(pairs!).getByText('25 min')).toBeVisible();
    expect(within(team!).getByText('Get to know your team')).toBeVisible();
    expect(within(team!).getByText('15 min')).toBeVisible();
    expect(within(learnings!).getByText('Summarize key learnings')).toBeVisible();
    expect(within(learnings!).getByText('5 min')).toBeVisible();
    expect(bar()).toHaveAttribute('aria-valuenow', '0');
    expect(current()).toEqual([]);
  });

  it('fills as the session goes on, through the sub-phases', async () => {
    await openProgress(practiceWorkshop([pairsRunningFrom(T0 - 4 * MINUTE_MS)]));

    // 5 minutes of roles and 4 of the first sub-phase, of 50.
    expect(bar()).toHaveAttribute('aria-valuenow', '18');
    expect(current()).toHaveLength(1);
    expect(current()[0]).toHaveTextContent(/^Practice in pairs/);

    advance(4 * MINUTE_MS);
    // The next sub-phase began by itself: 5 + 8 of 50.
    expect(bar()).toHaveAttribute('aria-valuenow', '26');

    advance(MINUTE_MS);
    expect(bar()).toHaveAttribute('aria-valuenow', '28');
  });

  it('shows nothing for an empty agenda', async () => {
    await openProgress({ ...practiceWorkshop(), agenda: [] });

    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
