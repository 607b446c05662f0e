import { COMMAND_TYPES, ok, type DomainEvent, type WorkshopState } from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
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
import { ClockControls } from './ClockControls';
import { NowCard } from './NowCard';
import { useClock } from './use-clock';

const commandId = expect.stringMatching(/^[0-9a-f-]{36}$/);

/** The facilitator's "now" card, with the clock controls in it as the facilitator's screen has them. */
function FacilitatorClock() {
  const view = useClock();
  return (
    <NowCard view={view}>
      <ClockControls view={view} />
    </NowCard>
  );
}

async function openClock(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  for (const type of COMMAND_TYPES) socket.respond(type, () => ok({ seq: state.seq + 1 }));
  serverClock(socket);
  renderInWorkshop(<FacilitatorClock />, { socket });
  await expect.poll(() => useStore.getState().status).toBe('online');
  await expect.poll(() => socket.sentOf('time:sync').length).toBe(5);
  nextFrame();
  return { socket, user: userEvent.setup() };
}

/** The server confirms with an event stamped with its current time. */
function serverSays(socket: FakeSocket, state: WorkshopState, event: DomainEvent) {
  act(() => socket.push('workshop:events', { events: [{ seq: state.seq + 1, at: Date.now(), event }] }));
  nextFrame();
}

const controls = () => screen.getByRole('group', { name: 'Clock controls' });
const button = (name: string) => within(controls()).getByRole('button', { name });

describe('ClockControls', () => {
  useFakeClock();

  it('offers to start the clock before the session has begun, and asks the server to', async () => {
    const state = practiceWorkshop();
    const { socket, user } = await openClock(state);
    expect(screen.getByRole('heading', { name: 'Roles and agenda' })).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('5:00');
    expect(screen.getByText('Not started')).toBeVisible();

    await user.click(button('Start the clock'));

    expect(socket.sentOf('clock:start')).toEqual([{ commandId }]);
    serverSays(socket, state, { type: 'clock:started' });
    expect(button('Pause')).toBeVisible();
    expect(screen.queryByText('Not started')).toBeNull();
    advance(30 * SECOND_MS);
    expect(screen.getByRole('timer')).toHaveTextContent('4:30');
  });

  it('pauses a running clock, and then offers to resume it', async () => {
    const state = practiceWorkshop([pairsRunningFrom(T0 - MINUTE_MS)]);
    const { socket, user } = await openClock(state);
    expect(screen.queryByRole('button', { name: 'Start the clock' })).toBeNull();

    await user.click(button('Pause'));

    expect(socket.sentOf('clock:pause')).toEqual([{ commandId }]);
    serverSays(socket, state, { type: 'clock:paused' });
    expect(button('Resume')).toBeVisible();
    expect(screen.getByText('Paused')).toBeVisible();
    expect(screen.getByRole('timer')).toHaveTextContent('7:00');
  });

  it('adds a minute and removes one', async () => {
    const state = practiceWorkshop([pairsRunningFrom(T0)]);
    const { socket, user } = await openClock(state);

    await user.click(button('+1 min'));
    await user.click(button('−1 min'));

    expect(button('+1 min')).toHaveAccessibleDescription('Add a minute');
    expect(button('−1 min')).toHaveAccessibleDescription('Remove a minute');
    expect(socket.sentOf('clock:adjust')).toEqual([
      { minutes: 1, commandId },
      { minutes: -1, commandId },
    ]);
    serverSays(socket, state, { type: 'clock:adjusted', deltaMs: MINUTE_MS });
    expect(screen.getByRole('timer')).toHaveTextContent('9:00');
  });

  it('goes to the next and back to the previous step or sub-phase', async () => {
    const { socket, user } = await openClock(practiceWorkshop([pairsRunningFrom(T0)]));

    await user.click(button('Go to the next step or sub-phase'));
    await user.click(button('Go back to the previous step or sub-phase'));

    expect(button('Go to the next step or sub-phase')).toHaveTextContent('Next');
    expect(button('Go back to the previous step or sub-phase')).toHaveTextContent('Back');
    expect(socket.sentOf('clock:next')).toEqual([{ commandId }]);
    expect(socket.sentOf('clock:previous')).toEqual([{ commandId }]);
  });

  it('shows no controls while the agenda is empty', async () => {
    await openClock({ ...practiceWorkshop(), agenda: [] });

    expect(screen.getByRole('heading', { name: 'Now' })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Clock controls' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
