import { ok, type WorkshopState } from '@common-ground/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { Announcer } from '../../components/announcer/Announcer';
import { recordAnnouncements } from '../../test/announcements';
import {
  advance,
  MINUTE_MS,
  nextFrame,
  pairsRunningFrom,
  practiceWorkshop,
  SECOND_MS,
  serverClock,
  T0,
  useFakeClock,
} from '../../test/clock-fixtures';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { ClockFace } from './ClockFace';
import { CueBanner } from './CueBanner';
import { isMinuteMark } from './use-minute-marks';
import { useClock } from './use-clock';

function Clock() {
  const view = useClock();
  return (
    <>
      <Announcer />
      <ClockFace view={view} />
      <CueBanner view={view} />
    </>
  );
}

async function openClock(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  serverClock(socket);
  renderInWorkshop(<Clock />, { socket });
  await expect.poll(() => useStore.getState().status).toBe('online');
  nextFrame();
}

/** Time passes second by second, as a screen reader user sits through it. */
function secondBySecond(seconds: number): void {
  for (let i = 0; i < seconds; i++) advance(SECOND_MS);
}

const noAutoAdvance = [T0 - MINUTE_MS, { type: 'settings:updated', autoAdvance: false }] as const;

describe('what a screen reader hears of the clock', () => {
  useFakeClock();

  it('hears the minute marks and time up, and not one word per second', async () => {
    const said = recordAnnouncements();
    await openClock(practiceWorkshop([[...noAutoAdvance], pairsRunningFrom(T0)]));

    // The ticking time is a timer, which screen readers do not read out by themselves.
    expect(screen.getByRole('timer')).not.toHaveAttribute('aria-live');
    secondBySecond(8 * 60 + 5);

    expect(said).toEqual([
      'polite: 5 minutes left: A organizes',
      'polite: 4 minutes left: A organizes',
      'polite: 3 minutes left: A organizes',
      'polite: 2 minutes left: A organizes',
      'polite: 1 minute left: A organizes',
      'assertive: Time is up: A organizes',
    ]);
  });

  it('hears the step change once, when it comes', async () => {
    const said = recordAnnouncements();
    await openClock(practiceWorkshop([pairsRunningFrom(T0 - 7 * MINUTE_MS - 30 * SECOND_MS)]));

    secondBySecond(40);

    expect(said).toEqual(['polite: Now: B gives feedback']);
  });

  it('hears nothing on opening in the middle of a step', async () => {
    const said = recordAnnouncements();
    await openClock(practiceWorkshop([[...noAutoAdvance], pairsRunningFrom(T0 - 2 * MINUTE_MS - 30 * SECOND_MS)]));

    secondBySecond(20);

    expect(said).toEqual([]);
  });

  it('marks every minute of the last five, and every fifth before', () => {
    expect([45, 30, 10, 9, 6, 5, 4, 1, 0].map(isMinuteMark)).toEqual([
      true,
      true,
      true,
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});
