import {
  applyEvents,
  createWorkshopState,
  MINUTE_MS,
  ok,
  stepsFromTemplate,
  type DomainEvent,
  type Step,
  type WorkshopState,
} from '@common-ground/shared';
import { act } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { FakeSocket } from './fake-socket';

/** The laptop's time when each test starts: a Tuesday evening training. */
export const T0 = Date.UTC(2025, 2, 4, 18, 0, 0);
export const SECOND_MS = 1000;
export { MINUTE_MS };

/** The 1:1 practice agenda with predictable ids: Roles, Practice in pairs (5 sub-phases), Report back, Learnings. */
export function practiceAgenda(): Step[] {
  let n = 0;
  return stepsFromTemplate('practice-1on1', () => `id-${++n}`);
}

const agenda = practiceAgenda();
export const practice = { roles: agenda[0]!, pairs: agenda[1]!, reportBack: agenda[2]!, learnings: agenda[3]! };

/** An event as the server stamped it, at an explicit server time. */
export type TimedEvent = [at: number, event: DomainEvent];

/** A workshop on the 1:1 practice agenda, built through the real reducer from timed events. */
export function practiceWorkshop(events: TimedEvent[] = []): WorkshopState {
  const base = createWorkshopState({
    code: 'ABC234',
    title: 'Tuesday 1:1 training',
    template: 'practice-1on1',
    createdAt: 1,
    agenda: practiceAgenda(),
  });
  return applyEvents(
    base,
    events.map(([at, event], i) => ({ seq: i + 1, at, event })),
  );
}

/** The facilitator jumps to "Practice in pairs" and the clock runs "A organizes" from `at`. */
export function pairsRunningFrom(at: number): TimedEvent {
  const [first] = practice.pairs.phases;
  return [at, { type: 'clock:moved', stepId: practice.pairs.id, phaseId: first!.id, running: true, auto: false }];
}

/**
 * Fakes the screen's clocks (wall, steady and animation frames) from T0, so a test moves time
 * itself. Timeouts stay real: Testing Library and userEvent wait on them.
 */
export function useFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'performance', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Time passes on every clock at once, and the screens draw their frames meanwhile. */
export function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** One animation frame passes: the screens redraw the clock from their current idea of the time. */
export function nextFrame(): void {
  advance(16);
}

/** The fake server answers time sync with its own clock, `aheadMs` ahead of this laptop's. */
export function serverClock(socket: FakeSocket, aheadMs = 0): void {
  socket.respond('time:sync', () => ok({ serverNow: Date.now() + aheadMs }));
}
