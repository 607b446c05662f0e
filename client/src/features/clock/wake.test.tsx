import { ok } from '@common-ground/shared';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useStore } from '../../app/store';
import {
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
import { timerText, useClock } from './use-clock';

/** What a person reads of the clock: the sub-phase and the time left. */
function Now() {
  const view = useClock();
  if (!view?.step) return null;
  const phase = view.step.phases[view.phaseIndex];
  return (
    <p>
      {phase?.title} · <span role="timer">{timerText(view.remainingSeconds, view.synced)}</span>
    </p>
  );
}

describe('a screen waking from sleep', () => {
  useFakeClock();

  it('shows the sub-phase and time of now as it wakes, before any frame or answer from the server', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok(snapshot(practiceWorkshop([pairsRunningFrom(T0)]))));
    serverClock(socket);
    renderInWorkshop(<Now />, { socket });
    await expect.poll(() => useStore.getState().status).toBe('online');
    nextFrame();
    expect(screen.getByText(/A organizes/)).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('8:00');

    // Asleep for nine minutes: the wall clock moved on, the steady clock and the frames stood still.
    socket.drop();
    vi.setSystemTime(T0 + 9 * MINUTE_MS);
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });

    // "A organizes" is 8 minutes, so the pair is one minute into the 2-minute feedback.
    expect(screen.getByText(/B gives feedback/)).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('1:00');
  });
});
