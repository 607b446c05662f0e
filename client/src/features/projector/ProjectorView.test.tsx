import { viewPaths } from '@common-ground/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
import { act } from '@testing-library/react';
import { useStore } from '../../app/store';
import { openScreen, role, sixJoined, stepRunningFrom, threePairs } from '../../test/report-back-fixtures';
import { ProjectorView } from './ProjectorView';

const projector = { kind: 'projector' } as const;
const openProjector = (...events: TimedEvent[]) =>
  openScreen(<ProjectorView code="ABC234" />, practiceWorkshop(events), projector);

const familyCard: TimedEvent = [
  T0 - 5 * MINUTE_MS,
  { type: 'card:added', cardId: 'c-1', column: 'values', text: 'Family comes first', authorId: null },
];
const timeCard: TimedEvent = [
  T0 - 4 * MINUTE_MS,
  { type: 'card:added', cardId: 'c-2', column: 'resources', text: 'Free evenings', authorId: null },
];

const column = (name: string) => screen.getByRole('region', { name });
/** The line under the title that names the step (and, inside it, the sub-phase). */
const stepLine = () => within(screen.getByRole('banner')).getByText('Practice in pairs');

describe('ProjectorView before the clock starts', () => {
  useFakeClock();

  it('welcomes the room with the join address, the code and how many have joined', async () => {
    await openProjector(...sixJoined);

    expect(screen.getByRole('heading', { level: 1, name: 'Tuesday 1:1 training' })).toBeVisible();
    const join = screen.getByRole('region', { name: 'Invite the room' });
    expect(within(join).getByText('Welcome! Join on your laptop or phone.')).toBeVisible();
    expect(within(join).getByText(new RegExp(`${viewPaths.join('ABC234')}$`))).toBeVisible();
    expect(within(join).getByText('ABC234')).toBeVisible();
    expect(within(join).getByText('6 participants')).toBeVisible();
    expect(screen.queryByRole('timer')).toBeNull();
  });
});

describe('ProjectorView while the workshop runs', () => {
  useFakeClock();

  it('shows the step and sub-phase and the time left, counting down', async () => {
    await openProjector(...sixJoined, threePairs, pairsRunningFrom(T0));

    expect(stepLine()).toHaveTextContent('Practice in pairs · round 1: Ana, Cleo, and Eva organize');
    expect(screen.getByRole('timer')).toHaveTextContent('8:00');

    advance(90 * SECOND_MS);
    expect(screen.getByRole('timer')).toHaveTextContent('6:30');
  });

  it('moves on to the next sub-phase by itself when time is up', async () => {
    await openProjector(...sixJoined, threePairs, pairsRunningFrom(T0));

    advance(8 * MINUTE_MS);

    expect(stepLine()).toHaveTextContent('Practice in pairs · round 1: feedback for Ana, Cleo, and Eva');
    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
  });

  it('lists the pairs during the pairs step, so everyone finds their partner', async () => {
    await openProjector(...sixJoined, threePairs, pairsRunningFrom(T0));

    const pairs = screen.getByRole('region', { name: 'Pairs' });
    expect(
      within(pairs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ana · BenAna organizes', 'Cleo · DanCleo organizes', 'Eva · FinnEva organizes']);
  });

  it('names who organizes now in each pair, and the partner once the roles switch', async () => {
    await openProjector(...sixJoined, threePairs, pairsRunningFrom(T0));
    const pairs = screen.getByRole('region', { name: 'Pairs' });
    expect(within(pairs).getByText('Ana organizes')).toBeVisible();

    advance(10 * MINUTE_MS);

    expect(stepLine()).toHaveTextContent('Practice in pairs · round 2: Ben, Dan, and Finn organize');
    expect(within(pairs).getByText('Ben organizes')).toBeVisible();
    expect(within(pairs).getByText('Dan organizes')).toBeVisible();
    expect(within(pairs).getByText('Finn organizes')).toBeVisible();
    expect(within(pairs).queryByText('Ana organizes')).toBeNull();
  });

  it('shows who keeps the time and who takes the notes', async () => {
    await openProjector(...sixJoined, role('p-cleo', 'timekeeper'), role('p-dan', 'notetaker'), pairsRunningFrom(T0));

    const roles = screen.getByRole('region', { name: 'Timekeeper and note-taker' });
    const texts = (role: 'term' | 'definition') =>
      within(roles)
        .getAllByRole(role)
        .map((item) => item.textContent);
    expect(texts('term')).toEqual(['Timekeeper', 'Note-taker']);
    expect(texts('definition')).toEqual(['Cleo', 'Dan']);
  });

  it('says it is reconnecting during an outage, and promises nothing about changes it never makes', async () => {
    const { socket } = await openProjector(...sixJoined, pairsRunningFrom(T0));

    act(() => socket.drop());

    await expect.poll(() => useStore.getState().status).toBe('offline');
    expect(screen.getByText('Connection lost. Reconnecting…')).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/changes/i)).toBeNull();
  });

  it('puts what to do on the wall in a step with nothing else to show', async () => {
    await openProjector(...sixJoined, stepRunningFrom(practice.roles.id, T0));

    const whatToDo = screen.getByRole('region', { name: 'What to do now' });
    expect(within(whatToDo).getByText('Choose a timekeeper and a note-taker. Review the agenda.')).toBeVisible();
  });

  it('lists no pairs outside the pairs step', async () => {
    await openProjector(...sixJoined, threePairs, stepRunningFrom(practice.roles.id, T0));

    expect(screen.queryByRole('region', { name: 'Pairs' })).toBeNull();
  });

  it('shows the three flipchart columns with their cards, and nothing to edit them with', async () => {
    await openProjector(...sixJoined, familyCard, timeCard, stepRunningFrom(practice.roles.id, T0));

    expect(within(column('Our Common Values')).getByText('Family comes first')).toBeVisible();
    expect(within(column('Our Shared Interests')).queryAllByRole('listitem')).toEqual([]);
    expect(within(column('Our Unique Resources')).getByText('Free evenings')).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /add|edit|delete/i })).toBeNull();
  });

  it('shows a card the note-taker adds as soon as the server says so', async () => {
    const { serverSays } = await openProjector(...sixJoined, stepRunningFrom(practice.roles.id, T0));

    serverSays({ type: 'card:added', cardId: 'c-9', column: 'interests', text: 'Better buses', authorId: null });

    expect(within(column('Our Shared Interests')).getByText('Better buses')).toBeVisible();
  });
});
