import { applyEvents, createWorkshopState, ok, stepsFromTemplate, type WorkshopState } from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { credentials } from '../../lib/credentials';
import {
  advance,
  MINUTE_MS,
  nextFrame,
  pairsRunningFrom,
  practice,
  practiceWorkshop,
  SECOND_MS,
  serverClock,
  T0,
  useFakeClock,
  type TimedEvent,
} from '../../test/clock-fixtures';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { ParticipantView } from './ParticipantView';

const token = 'm'.repeat(43);
const mariaJoined: TimedEvent = [
  T0 - 20 * MINUTE_MS,
  { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' },
];
const organizerBrief = practice.pairs.phases[0]!.instructions;

/** Opens Maria's screen; the server's clock is `serverAheadMs` ahead of her laptop's. */
async function openAsMaria(state: WorkshopState, { serverAheadMs = 0 } = {}) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state, { kind: 'participant', participantId: 'p-maria' })));
  socket.respond('clock:pause', () => ok({ seq: state.seq + 1 }));
  serverClock(socket, serverAheadMs);
  renderInWorkshop(<ParticipantView />, {
    socket,
    credential: { kind: 'participant', participantId: 'p-maria', token },
  });
  await expect.poll(() => useStore.getState().status).toBe('online');
  await expect.poll(() => socket.sentOf('time:sync').length).toBe(5);
  // The first frame after the clock is synced.
  nextFrame();
  return { socket, user: userEvent.setup() };
}

const timer = () => screen.getByRole('timer');
const nowTitle = () => screen.getByRole('heading', { level: 2, name: /^Practice in pairs/ });
const cues = () => screen.queryAllByTestId('cue').map((region) => region.textContent);

/** The training plan's "Try a 1:1", Maria paired with Ben, the first one-on-one running. */
function tryingInTheTrainingPlan(): WorkshopState {
  let n = 0;
  const agenda = stepsFromTemplate('training-plan', () => `tp-${++n}`);
  const tryStep = agenda.find((step) => step.kind === 'try')!;
  const base = createWorkshopState({
    code: 'ABC234',
    title: 'Training',
    template: 'training-plan',
    createdAt: 1,
    agenda,
  });
  const events: TimedEvent[] = [
    mariaJoined,
    [T0 - 20 * MINUTE_MS, { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' }],
    [
      T0 - 10 * MINUTE_MS,
      { type: 'pairs:formed', pairs: [{ id: 'pair-1', memberIds: ['p-maria', 'p-ben'], withFacilitator: false }] },
    ],
    [T0, { type: 'clock:moved', stepId: tryStep.id, phaseId: tryStep.phases[0]!.id, running: true, auto: false }],
  ];
  return applyEvents(
    base,
    events.map(([at, event], i) => ({ seq: i + 1, at, event })),
  );
}

describe('ParticipantView', () => {
  useFakeClock();

  it('puts the partner, the role, what comes next and the notebook in the now card; no flipchart in the training plan', async () => {
    await openAsMaria(tryingInTheTrainingPlan());

    const now = screen.getByRole('region', { name: /^Try a 1:1/ });
    expect(within(now).getByRole('timer')).toHaveTextContent('10:00');
    expect(within(now).getByText('Next: Reflect and tips')).toBeVisible();
    expect(within(now).getByText('You are paired with Ben.')).toBeVisible();
    expect(within(now).getByText(/^Right now you are the organi/)).toBeVisible();
    expect(within(now).getByRole('link', { name: 'Our notebook' })).toBeVisible();
    // The training plan records nothing on a flipchart.
    expect(screen.queryByRole('heading', { name: 'Flipchart' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Send a note to the flipchart' })).toBeNull();
  });

  it('tells the participant which step and sub-phase it is, what to do and how long is left', async () => {
    await openAsMaria(practiceWorkshop([mariaJoined, pairsRunningFrom(T0)]));

    expect(screen.getByText('Step 2 of 4')).toBeVisible();
    expect(nowTitle()).toHaveTextContent('Practice in pairs · A organizes');
    expect(screen.getByText(organizerBrief)).toBeVisible();
    expect(screen.getByText(practice.pairs.instructions)).toBeVisible();
    expect(timer()).toHaveTextContent('8:00');
    expect(screen.queryByText('Paused')).toBeNull();
  });

  it('says the practice round in the reader’s own terms, not the guide’s A and B', async () => {
    const paired: TimedEvent[] = [
      mariaJoined,
      [T0 - 19 * MINUTE_MS, { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' }],
      [
        T0 - 18 * MINUTE_MS,
        {
          type: 'pairs:formed',
          pairs: [{ id: 'pair-1', memberIds: ['p-ben', 'p-maria'], withFacilitator: false }],
        },
      ],
      pairsRunningFrom(T0),
    ];
    await openAsMaria(practiceWorkshop(paired));

    // Ben is first in the pair: he organizes round 1, Maria gives him feedback, then they switch.
    expect(nowTitle()).toHaveTextContent('Practice in pairs · Ben organizes');
    expect(screen.getByText('Next: You give Ben feedback')).toBeVisible();
    advance(8 * MINUTE_MS);
    expect(nowTitle()).toHaveTextContent('Practice in pairs · You give Ben feedback');
    expect(cues()).toContain('Now: You give Ben feedback');
    expect(screen.getByText('Next: Switch: You organize')).toBeVisible();
    advance(2 * MINUTE_MS);
    expect(nowTitle()).toHaveTextContent('Practice in pairs · Switch: You organize');
    advance(8 * MINUTE_MS);
    expect(nowTitle()).toHaveTextContent('Practice in pairs · Ben gives you feedback');
    expect(screen.queryByText(/\b[AB] (organizes|gives feedback)/)).toBeNull();
  });

  it('renames the cue once pairs are formed a moment after the round began', async () => {
    const state = practiceWorkshop([
      mariaJoined,
      [T0 - 19 * MINUTE_MS, { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' }],
      [T0 - MINUTE_MS, { type: 'clock:moved', stepId: practice.roles.id, phaseId: null, running: true, auto: false }],
    ]);
    const { socket } = await openAsMaria(state);
    const moved = pairsRunningFrom(T0)[1];
    const paired = {
      type: 'pairs:formed' as const,
      pairs: [{ id: 'pair-1', memberIds: ['p-maria', 'p-ben'], withFacilitator: false }],
    };
    act(() => socket.push('workshop:events', { events: [{ seq: state.seq + 1, at: T0, event: moved }] }));
    expect(cues()).toContain('Now: A organizes');

    act(() => socket.push('workshop:events', { events: [{ seq: state.seq + 2, at: T0, event: paired }] }));
    expect(cues()).toContain('Now: You organize');
  });

  it('counts down from the server’s timestamps as time passes', async () => {
    await openAsMaria(practiceWorkshop([mariaJoined, pairsRunningFrom(T0)]));

    advance(61 * SECOND_MS);

    expect(timer()).toHaveTextContent('6:59');
  });

  it('shows a paused clock as paused, and it does not move while time passes', async () => {
    const state = practiceWorkshop([
      mariaJoined,
      pairsRunningFrom(T0 - 3 * MINUTE_MS),
      [T0 - MINUTE_MS, { type: 'clock:paused' }],
    ]);
    await openAsMaria(state);
    expect(timer()).toHaveTextContent('6:00');
    expect(screen.getByText('Paused')).toBeVisible();

    advance(61 * SECOND_MS);

    expect(timer()).toHaveTextContent('6:00');
    expect(screen.getByText('Paused')).toBeVisible();
  });

  it('moves to the next sub-phase at its boundary by itself, and cues everyone', async () => {
    await openAsMaria(practiceWorkshop([mariaJoined, pairsRunningFrom(T0)]));
    advance(8 * MINUTE_MS - SECOND_MS);
    expect(nowTitle()).toHaveTextContent('Practice in pairs · A organizes');
    expect(timer()).toHaveTextContent('0:01');
    expect(cues()).not.toContain('Now: B gives feedback');

    advance(SECOND_MS);

    expect(nowTitle()).toHaveTextContent('Practice in pairs · B gives feedback');
    expect(timer()).toHaveTextContent('2:00');
    expect(screen.getByText(practice.pairs.phases[1]!.instructions)).toBeVisible();
    expect(cues()).toContain('Now: B gives feedback');
  });

  it('runs into overtime instead when the facilitator turned automatic advance off', async () => {
    await openAsMaria(
      practiceWorkshop([
        mariaJoined,
        [T0 - MINUTE_MS, { type: 'settings:updated', autoAdvance: false }],
        pairsRunningFrom(T0),
      ]),
    );

    advance(8 * MINUTE_MS + 5 * SECOND_MS);

    expect(nowTitle()).toHaveTextContent('Practice in pairs · A organizes');
    expect(timer()).toHaveTextContent('+0:05');
    expect(screen.getByText('Over time')).toBeVisible();
    expect(cues()).toContain('Time is up: A organizes');
    expect(cues()).not.toContain('Now: B gives feedback');
  });

  it('follows the server’s clock, not the laptop’s, when the two disagree', async () => {
    // The server's clock is 5 minutes ahead; the sub-phase started 2 minutes ago by the server's clock.
    const serverAheadMs = 5 * MINUTE_MS;
    await openAsMaria(practiceWorkshop([mariaJoined, pairsRunningFrom(T0 + serverAheadMs - 2 * MINUTE_MS)]), {
      serverAheadMs,
    });

    expect(timer()).toHaveTextContent('6:00');

    advance(61 * SECOND_MS);

    expect(timer()).toHaveTextContent('4:59');
  });

  it('says the facilitator will start soon before the clock has a step to show', async () => {
    const socket = new FakeSocket();
    const empty = practiceWorkshop([mariaJoined]);
    socket.respond('session:resume', () =>
      ok(snapshot({ ...empty, agenda: [] }, { kind: 'participant', participantId: 'p-maria' })),
    );
    serverClock(socket);
    renderInWorkshop(<ParticipantView />, {
      socket,
      credential: { kind: 'participant', participantId: 'p-maria', token },
    });
    await expect.poll(() => useStore.getState().status).toBe('online');

    expect(screen.getByRole('heading', { name: 'Now' })).toBeVisible();
    expect(screen.getByText(/The facilitator will start soon/)).toBeVisible();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('gives a plain participant no clock controls', async () => {
    await openAsMaria(practiceWorkshop([mariaJoined, pairsRunningFrom(T0)]));

    expect(screen.queryByRole('group', { name: 'Clock controls' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });

  it('gives the timekeeper the clock controls, and says they are the timekeeper', async () => {
    const state = practiceWorkshop([
      mariaJoined,
      [T0 - 10 * MINUTE_MS, { type: 'participant:role-assigned', participantId: 'p-maria', role: 'timekeeper' }],
      pairsRunningFrom(T0),
    ]);
    const { socket, user } = await openAsMaria(state);

    expect(screen.getByText('You are the timekeeper')).toBeVisible();
    const controls = screen.getByRole('group', { name: 'Clock controls' });
    await user.click(within(controls).getByRole('button', { name: 'Pause' }));

    expect(socket.sentOf('clock:pause')).toHaveLength(1);
  });

  it('shows a plain participant no suggestions to accept', async () => {
    await openAsMaria(practiceWorkshop([mariaJoined, pairsRunningFrom(T0)]));

    expect(screen.queryByRole('region', { name: 'Suggestions from pairs' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Accept/ })).toBeNull();
  });

  it('puts the waiting suggestions beside an editable flipchart for the note-taker', async () => {
    const suggestion = {
      id: 's-1',
      pairId: null,
      authorId: 'p-maria',
      column: 'values' as const,
      text: 'Courage',
      createdAt: T0 - MINUTE_MS,
    };
    await openAsMaria(
      practiceWorkshop([
        mariaJoined,
        [T0 - 10 * MINUTE_MS, { type: 'participant:role-assigned', participantId: 'p-maria', role: 'notetaker' }],
        [T0 - MINUTE_MS, { type: 'suggestion:added', suggestion }],
      ]),
    );

    const panel = screen.getByRole('region', { name: 'Suggestions from pairs' });
    expect(within(panel).getByRole('button', { name: 'Accept: Courage' })).toBeVisible();
    expect(within(panel).queryByRole('radio')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'New card for Our Common Values' })).toBeVisible();
  });
});

describe('ParticipantView when the facilitator removes the participant', () => {
  useFakeClock();

  it('says so in place of the workshop, forgets the key and shows no connection trouble', async () => {
    credentials.saveParticipant('ABC234', { participantId: 'p-maria', token });
    const { socket } = await openAsMaria(practiceWorkshop([mariaJoined, pairsRunningFrom(T0)]));
    act(() => {
      socket.push('session:ended', { reason: 'removed' });
      socket.drop();
    });
    expect(screen.getByRole('heading', { name: /The facilitator took you off this workshop/ })).toBeVisible();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.queryByText(/Connection lost/i)).toBeNull();
    expect(credentials.participant('ABC234')).toBeNull();
  });
});
