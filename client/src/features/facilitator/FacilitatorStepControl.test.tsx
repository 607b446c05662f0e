import {
  applyEvents,
  COMMAND_TYPES,
  createWorkshopState,
  ok,
  stepsFromTemplate,
  type StepKind,
  type TemplateId,
  type WorkshopState,
} from '@common-ground/shared';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { MINUTE_MS, nextFrame, serverClock, T0, useFakeClock } from '../../test/clock-fixtures';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { FacilitatorView } from './FacilitatorView';

/** A workshop on `template` with Maria and Ben in, the clock running the first step of `kind`. */
function runningStep(template: TemplateId, kind: StepKind): WorkshopState {
  let n = 0;
  const agenda = stepsFromTemplate(template, () => `id-${++n}`);
  const step = agenda.find((s) => s.kind === kind)!;
  const base = createWorkshopState({ code: 'ABC234', title: 'Tuesday', template, createdAt: 1, agenda });
  return applyEvents(base, [
    { seq: 1, at: T0 - 20 * MINUTE_MS, event: { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' } },
    { seq: 2, at: T0 - 20 * MINUTE_MS, event: { type: 'participant:joined', participantId: 'p-ben', name: 'Ben' } },
    { seq: 3, at: T0 - 10 * MINUTE_MS, event: { type: 'clock:started' } },
    {
      seq: 4,
      at: T0 - MINUTE_MS,
      event: { type: 'clock:moved', stepId: step.id, phaseId: step.phases[0]?.id ?? null, running: true, auto: false },
    },
    // After the demonstration, a question waits for the facilitator to answer.
    {
      seq: 5,
      at: T0,
      event: { type: 'post:added', postId: 'q-1', kind: 'question', text: 'How do I start?', authorId: 'p-maria' },
    },
  ]);
}

async function openFacilitator(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  for (const type of COMMAND_TYPES) socket.respond(type, () => ok({ seq: state.seq + 1 }));
  serverClock(socket);
  renderInWorkshop(<FacilitatorView code="ABC234" token={'k'.repeat(43)} />, { socket });
  await expect.poll(() => useStore.getState().status).toBe('online');
  nextFrame();
  return userEvent.setup();
}

/** The first thing a person can press, pick or type in after the clock's controls, in page order. */
function firstControlAfterTheClock(): HTMLElement {
  const clock = screen.getByRole('group', { name: 'Clock controls' });
  const controls = Array.from(
    document.body.querySelectorAll<HTMLElement>('button, select, input, textarea, a[href], summary'),
  );
  const next = controls.find(
    (control) => !clock.contains(control) && clock.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  if (!next) throw new Error('nothing after the clock');
  return next;
}

afterEach(() => window.localStorage.clear());

describe('the facilitator’s page on each kind of step', () => {
  useFakeClock();

  it.each([
    ['practice-1on1', 'roles', 'Timekeeper and note-taker'],
    ['practice-1on1', 'pairs', 'Pairs'],
    ['practice-1on1', 'report-back', 'Report-back'],
    ['practice-1on1', 'learnings', 'Key learnings'],
    ['training-plan', 'observe', 'Noticings and questions'],
    ['training-plan', 'try', 'Pairs'],
    ['training-plan', 'evaluation', 'Evaluation'],
  ] as const)('%s, %s: the step’s panel holds the first control after the clock', async (template, kind, panel) => {
    await openFacilitator(runningStep(template, kind));

    // The step's own panel, not the now card that may carry the same name.
    const region = screen.getAllByRole('region', { name: panel }).find((r) => !r.classList.contains('now'))!;
    expect(region).toContainElement(firstControlAfterTheClock());
    expect(region).toBeVisible();
  });

  it('puts “Open the evaluation” right after the clock on the evaluation step', async () => {
    await openFacilitator(runningStep('training-plan', 'evaluation'));

    expect(firstControlAfterTheClock()).toBe(screen.getByRole('button', { name: 'Open the evaluation' }));
  });

  it('folds everything else under its name, and opens a section on request', async () => {
    const user = await openFacilitator(runningStep('training-plan', 'evaluation'));

    const agenda = screen.getByText('Agenda', { selector: 'summary' });
    expect(agenda.closest('details')).not.toHaveAttribute('open');
    expect(screen.getByRole('region', { name: 'Agenda', hidden: true })).not.toBeVisible();
    await user.click(agenda);
    expect(screen.getByRole('region', { name: 'Agenda' })).toBeVisible();
    // No second copy of the evaluation's controls further down.
    expect(screen.getAllByRole('button', { name: 'Open the evaluation' })).toHaveLength(1);
  });

  it('remembers a section opened on this device when the page is loaded again', async () => {
    const user = await openFacilitator(runningStep('practice-1on1', 'pairs'));
    expect(screen.getByRole('region', { name: 'Export the record' })).not.toBeVisible();
    await user.click(screen.getByText('Export the record', { selector: 'summary' }));
    expect(screen.getByRole('region', { name: 'Export the record' })).toBeVisible();

    cleanup();
    await openFacilitator(runningStep('practice-1on1', 'pairs'));
    expect(screen.getByRole('region', { name: 'Export the record' })).toBeVisible();
  });

  it.each([
    [{ open: false, closed: false }, 'The evaluation is not open yet.'],
    [{ open: true, closed: false }, 'The evaluation is open.'],
    [{ open: false, closed: true }, 'The evaluation is closed.'],
  ])('says whether the evaluation is not open yet, open or closed (%o)', async (flags, words) => {
    const state = runningStep('training-plan', 'evaluation');
    await openFacilitator({ ...state, evaluation: { ...state.evaluation, ...flags } });

    expect(screen.getByRole('region', { name: 'Evaluation' })).toHaveTextContent(words);
  });

  it('with no step of its own (the check-in), the agenda’s fold comes first after the clock', async () => {
    await openFacilitator(runningStep('training-plan', 'general'));

    expect(firstControlAfterTheClock()).toBe(screen.getByText('Agenda', { selector: 'summary' }));
  });
});
