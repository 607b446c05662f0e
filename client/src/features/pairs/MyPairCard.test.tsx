import type { ReactNode } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyEvents, createWorkshopState, stepsFromTemplate, type Step } from '@common-ground/shared';
import {
  advance,
  MINUTE_MS,
  pairsRunningFrom,
  practice,
  practiceWorkshop,
  T0,
  useFakeClock,
  type TimedEvent,
} from '../../test/clock-fixtures';
import { openScreen, sixJoined, threePairs, withCommandId } from '../../test/report-back-fixtures';
import { useClock } from '../clock/use-clock';
import { MyPairCard } from './MyPairCard';

/** The card as the participant's screen shows it: fed by the screen's own reading of the clock. */
function PairCardNow({ participantId }: { participantId: string }): ReactNode {
  return <MyPairCard participantId={participantId} view={useClock()} />;
}

const as = (participantId: string) => ({ kind: 'participant', participantId }) as const;
const practising = (...more: TimedEvent[]) =>
  practiceWorkshop([...sixJoined, threePairs, pairsRunningFrom(T0), ...more]);

/** Ana, Ben and Cleo make a trio; Dan partners the facilitator. */
const trioAndFacilitator: TimedEvent = [
  T0 - 30 * MINUTE_MS,
  {
    type: 'pairs:formed',
    pairs: [
      { id: 'pair-abc', memberIds: ['p-ana', 'p-ben', 'p-cleo'], withFacilitator: false },
      { id: 'pair-d', memberIds: ['p-dan'], withFacilitator: true },
    ],
  },
];

const card = () => screen.getByRole('region', { name: 'Your pair' });
const moveTo = (step: Step) =>
  ({ type: 'clock:moved', stepId: step.id, phaseId: step.phases[0]?.id ?? null, running: true, auto: false }) as const;

/** The training plan with predictable ids, paired like the practice, with "Try a 1:1" running from T0. */
const plan = (() => {
  let n = 0;
  return stepsFromTemplate('training-plan', () => `plan-${++n}`);
})();
const tryStep = plan.find((step) => step.kind === 'try')!;
function trying() {
  const base = createWorkshopState({
    code: 'ABC234',
    title: 'Training',
    template: 'training-plan',
    createdAt: 1,
    agenda: plan,
  });
  const events: TimedEvent[] = [...sixJoined, threePairs, [T0, moveTo(tryStep)]];
  return applyEvents(
    base,
    events.map(([at, event], i) => ({ seq: i + 1, at, event })),
  );
}
const prompts = () =>
  within(card())
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('MyPairCard', () => {
  useFakeClock();

  it('tells the first of a pair who their partner is, that they organize now, and what to do', async () => {
    await openScreen(<PairCardNow participantId="p-ana" />, practising(), as('p-ana'));

    expect(within(card()).getByText('You are paired with Ben.')).toBeVisible();
    expect(within(card()).getByText('Right now you are the organizer.')).toBeVisible();
    expect(prompts()).toContain('Make a clear ask related to your team’s campaign.');
    expect(within(card()).getByText('Who organizes: round 1: you · round 2: Ben')).toBeVisible();
  });

  it('tells the partner they are organized first, and to notice how it feels', async () => {
    await openScreen(<PairCardNow participantId="p-ben" />, practising(), as('p-ben'));

    expect(within(card()).getByText('You are paired with Ana.')).toBeVisible();
    expect(within(card()).getByText('Right now you are the organizee.')).toBeVisible();
    expect(prompts()).toEqual([
      'Answer honestly and share your story.',
      'Notice how the conversation feels: you give feedback next.',
    ]);
    expect(within(card()).getByText('Who organizes: round 1: Ana · round 2: you')).toBeVisible();
  });

  it('has the organizer listen while the partner gives feedback', async () => {
    await openScreen(<PairCardNow participantId="p-ana" />, practising(), as('p-ana'));

    advance(8 * MINUTE_MS);

    expect(within(card()).getByText('Right now you are the organizer.')).toBeVisible();
    expect(prompts()).toEqual(['Listen to the feedback. Ask what would have helped.']);
  });

  it('switches the roles when the clock moves to the second organizing round', async () => {
    await openScreen(<PairCardNow participantId="p-ana" />, practising(), as('p-ana'));
    expect(within(card()).getByText('Right now you are the organizer.')).toBeVisible();

    // "A organizes" (8 min) and "B gives feedback" (2 min) are over: "Switch: B organizes".
    advance(10 * MINUTE_MS);

    expect(within(card()).getByText('Right now you are the organizee.')).toBeVisible();
    expect(prompts()).toContain('Notice how the conversation feels: you give feedback next.');
    expect(within(card()).queryByText('Right now you are the organizer.')).toBeNull();
  });

  it('asks both to write it down together in the last sub-phase', async () => {
    await openScreen(<PairCardNow participantId="p-ben" />, practising(), as('p-ben'));

    advance(20 * MINUTE_MS);

    expect(within(card()).getByText('Now write it down together.')).toBeVisible();
    expect(prompts()).toContain('Make a specific commitment to each other: who does what, by when.');
  });

  it('has a trio’s third watch first, and names all three rounds’ organizers', async () => {
    await openScreen(<PairCardNow participantId="p-cleo" />, practising(trioAndFacilitator), as('p-cleo'));

    expect(within(card()).getByText('You are paired with Ana and Ben.')).toBeVisible();
    expect(within(card()).getByText('Right now you are the observer.')).toBeVisible();
    expect(within(card()).getByText('Who organizes: round 1: Ana · round 2: Ben · round 3: you')).toBeVisible();
  });

  it('tells someone partnering the facilitator so, and that the facilitator organizes round 2', async () => {
    await openScreen(<PairCardNow participantId="p-dan" />, practising(trioAndFacilitator), as('p-dan'));

    expect(within(card()).getByText('You are paired with the facilitator.')).toBeVisible();
    expect(within(card()).getByText('Who organizes: round 1: you · round 2: the facilitator')).toBeVisible();
  });

  it('says the partner left when they did, and offers nothing to do in the pair', async () => {
    const benLeft: TimedEvent = [T0 - MINUTE_MS, { type: 'participant:left', participantId: 'p-ben' }];
    await openScreen(<PairCardNow participantId="p-ana" />, practising(benLeft), as('p-ana'));

    expect(within(card()).getByText('Your partner left. The facilitator will pair you with someone.')).toBeVisible();
    expect(within(card()).queryByRole('button', { name: 'We’re done' })).toBeNull();
  });

  it('marks the pair done, and lets them take it back', async () => {
    const { socket, user, serverSays } = await openScreen(
      <PairCardNow participantId="p-ana" />,
      practising(),
      as('p-ana'),
    );

    await user.click(within(card()).getByRole('button', { name: 'We’re done' }));
    expect(socket.sentOf('pairs:set-done')).toEqual([withCommandId({ done: true })]);
    serverSays({ type: 'pairs:done-set', pairId: 'pair-ab', done: true });

    const undo = within(card()).getByRole('button', { name: 'Not done yet' });
    expect(undo).toHaveAttribute('aria-pressed', 'true');
    expect(within(card()).getByText('Your pair is marked done. The facilitator sees it.')).toBeVisible();
  });

  it('speaks of no round or role once the clock moves on to "Get to know your team", but still names the partner', async () => {
    const { serverSays } = await openScreen(<PairCardNow participantId="p-ana" />, practising(), as('p-ana'));
    expect(within(card()).getByText('Right now you are the organizer.')).toBeVisible();

    serverSays(moveTo(practice.reportBack));

    expect(within(card()).getByText('You are paired with Ben.')).toBeVisible();
    expect(within(card()).queryByText(/Right now you are/)).toBeNull();
    expect(within(card()).queryByText(/Who organizes/)).toBeNull();
    expect(within(card()).queryByText('Make a clear ask related to your team’s campaign.')).toBeNull();
    expect(within(card()).queryByRole('button', { name: 'We’re done' })).toBeNull();

    serverSays(moveTo(practice.learnings));

    expect(within(card()).getByText('You are paired with Ben.')).toBeVisible();
    expect(within(card()).queryByText(/Right now you are/)).toBeNull();
  });

  it('switches the roles in the training plan’s "Try a 1:1" when the second one-on-one starts', async () => {
    await openScreen(<PairCardNow participantId="p-ben" />, trying(), as('p-ben'));
    expect(within(card()).getByText('Right now you are the organizee.')).toBeVisible();
    expect(within(card()).getByText('Who organizes: round 1: Ana · round 2: you')).toBeVisible();

    // "Conduct a one-on-one" (10 min) and "Reflect and tips" (4 min) are over: the switch.
    advance(14 * MINUTE_MS);

    expect(within(card()).getByText('Right now you are the organizer.')).toBeVisible();
    expect(prompts()).toContain('Make a clear ask related to your team’s campaign.');
  });

  it('is gone during the evaluation, which each person fills in alone', async () => {
    const { serverSays } = await openScreen(<PairCardNow participantId="p-ben" />, trying(), as('p-ben'));
    expect(card()).toBeVisible();

    serverSays(moveTo(plan.find((step) => step.kind === 'evaluation')!));

    expect(screen.queryByRole('region', { name: 'Your pair' })).toBeNull();
  });
});
