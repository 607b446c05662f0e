import {
  AGENDA_LIMITS,
  COMMAND_TYPES,
  fail,
  ok,
  type DomainEvent,
  type StepDraft,
  type WorkshopState,
} from '@common-ground/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { ErrorNotice } from '../../components/ErrorNotice';
import {
  nextFrame,
  pairsRunningFrom,
  practice,
  practiceWorkshop,
  serverClock,
  T0,
  useFakeClock,
} from '../../test/clock-fixtures';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { useClock } from '../clock/use-clock';
import { AgendaPanel } from './AgendaPanel';

const commandId = expect.stringMatching(/^[0-9a-f-]{36}$/);

function FacilitatorAgenda() {
  return (
    <>
      <ErrorNotice />
      <AgendaPanel view={useClock()} />
    </>
  );
}

async function openAgenda(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  for (const type of COMMAND_TYPES) socket.respond(type, () => ok({ seq: state.seq + 1 }));
  serverClock(socket);
  renderInWorkshop(<FacilitatorAgenda />, { socket });
  await expect.poll(() => useStore.getState().status).toBe('online');
  nextFrame();
  return { socket, user: userEvent.setup() };
}

function serverSays(socket: FakeSocket, state: WorkshopState, event: DomainEvent) {
  act(() => socket.push('workshop:events', { events: [{ seq: state.seq + 1, at: Date.now(), event }] }));
  nextFrame();
}

const agenda = () => screen.getByRole('region', { name: 'Agenda' });
const stepTitles = () =>
  within(agenda())
    .getAllByText(/^\d+\. /)
    .map((title) => title.textContent);
/** The agenda's entry for one step, sub-phases included. */
const stepItem = (title: string) => {
  const item = within(agenda())
    .getByText(new RegExp(`^\\d+\\. ${title}$`))
    .closest('li');
  if (!item) throw new Error(`${title} is not on the agenda`);
  return item;
};
const editor = (name: 'Edit step' | 'New step') => screen.getByRole('form', { name });

describe('AgendaPanel', () => {
  useFakeClock();

  it('lists the steps with their minutes and the total, marking the current step', async () => {
    await openAgenda(practiceWorkshop([pairsRunningFrom(T0)]));

    expect(stepTitles()).toEqual([
      '1. Roles and agenda',
      '2. Practice in pairs',
      '3. Get to know your team',
      '4. Summarize key learnings',
    ]);
    expect(within(stepItem('Roles and agenda')).getByText('5 min')).toBeVisible();
    expect(within(stepItem('Practice in pairs')).getByText('25 min')).toBeVisible();
    expect(within(stepItem('Practice in pairs')).getByText('A organizes · 8 min')).toBeVisible();
    expect(within(stepItem('Get to know your team')).getByText('15 min')).toBeVisible();
    expect(within(stepItem('Summarize key learnings')).getByText('5 min')).toBeVisible();
    expect(within(agenda()).getByText('Total 50 min')).toBeVisible();

    expect(stepItem('Practice in pairs')).toHaveAttribute('aria-current', 'step');
    expect(stepItem('Roles and agenda')).not.toHaveAttribute('aria-current');
    expect(stepItem('Get to know your team')).not.toHaveAttribute('aria-current');
  });

  it('edits a step’s title and a sub-phase’s minutes and saves them with the server', async () => {
    const { socket, user } = await openAgenda(practiceWorkshop([pairsRunningFrom(T0)]));

    await user.click(screen.getByRole('button', { name: 'Edit step: Practice in pairs' }));
    const form = editor('Edit step');
    const title = within(form).getByRole('textbox', { name: 'Step title' });
    expect(title).toHaveValue('Practice in pairs');
    expect(title).toHaveFocus();
    expect(within(form).getByText('The sum of the sub-phases: 25 min')).toBeVisible();
    await user.clear(title);
    await user.type(title, '  Practice 1:1 in pairs  ');
    const feedbackMinutes = within(form).getAllByRole('spinbutton', { name: 'Minutes' })[1]!;
    expect(feedbackMinutes).toHaveValue(2);
    await user.clear(feedbackMinutes);
    await user.type(feedbackMinutes, '3.5');
    expect(within(form).getByText('The sum of the sub-phases: 26.5 min')).toBeVisible();
    await user.click(within(form).getByRole('button', { name: 'Save step' }));

    const { phases } = practice.pairs;
    expect(socket.sentOf('agenda:save-step')).toEqual([
      {
        step: {
          id: practice.pairs.id,
          kind: 'pairs',
          title: 'Practice 1:1 in pairs',
          minutes: 26.5,
          instructions: practice.pairs.instructions,
          questions: [],
          links: [],
          phases: phases.map((phase, i) => (i === 1 ? { ...phase, minutes: 3.5 } : phase)),
        },
        commandId,
      },
    ]);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit step' })).toBeNull());
  });

  it('says what is wrong with the minutes and sends nothing', async () => {
    const { socket, user } = await openAgenda(practiceWorkshop());

    await user.click(screen.getByRole('button', { name: 'Edit step: Practice in pairs' }));
    const form = editor('Edit step');
    const organizeMinutes = within(form).getAllByRole('spinbutton', { name: 'Minutes' })[0]!;
    await user.clear(organizeMinutes);
    await user.type(organizeMinutes, '0');
    await user.click(within(form).getByRole('button', { name: 'Save step' }));

    expect(within(form).getByRole('alert')).toHaveTextContent('Minutes must be between 0.5 and 240.');
    expect(socket.sentOf('agenda:save-step')).toEqual([]);
    expect(editor('Edit step')).toBeVisible();
  });

  it('leaves the step as it was when the editor is cancelled', async () => {
    const { socket, user } = await openAgenda(practiceWorkshop());

    await user.click(screen.getByRole('button', { name: 'Edit step: Roles and agenda' }));
    await user.type(within(editor('Edit step')).getByRole('textbox', { name: 'Step title' }), ' and more');
    await user.click(within(editor('Edit step')).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('form', { name: 'Edit step' })).toBeNull();
    expect(stepTitles()[0]).toBe('1. Roles and agenda');
    expect(socket.sentOf('agenda:save-step')).toEqual([]);
  });

  it('closes the editor with Escape and sends nothing', async () => {
    const { socket, user } = await openAgenda(practiceWorkshop());

    await user.click(screen.getByRole('button', { name: 'Edit step: Roles and agenda' }));
    await user.type(within(editor('Edit step')).getByRole('textbox', { name: 'Step title' }), ' and more{Escape}');

    expect(screen.queryByRole('form', { name: 'Edit step' })).toBeNull();
    expect(socket.sentOf('agenda:save-step')).toEqual([]);
  });

  it('stops offering more sub-phases or links than a step may hold', async () => {
    const { user } = await openAgenda(practiceWorkshop());

    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    const form = editor('New step');
    const addPhase = within(form).getByRole('button', { name: 'Add a sub-phase' });
    for (let i = 0; i < AGENDA_LIMITS.phasesPerStep; i += 1) await user.click(addPhase);
    const addLink = within(form).getByRole('button', { name: 'Add a link' });
    for (let i = 0; i < AGENDA_LIMITS.links; i += 1) await user.click(addLink);

    expect(within(form).getAllByRole('textbox', { name: 'Sub-phase title' })).toHaveLength(AGENDA_LIMITS.phasesPerStep);
    expect(addPhase).toBeDisabled();
    expect(within(form).getAllByRole('textbox', { name: 'Link text' })).toHaveLength(AGENDA_LIMITS.links);
    expect(addLink).toBeDisabled();
  });

  it('builds a new step with a sub-phase and a link', async () => {
    const { socket, user } = await openAgenda(practiceWorkshop());

    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    const form = editor('New step');
    await user.click(within(form).getByRole('button', { name: 'Add a sub-phase' }));
    expect(within(form).getByRole('spinbutton', { name: 'Minutes' })).toHaveValue(5);
    expect(within(form).getByText('The sum of the sub-phases: 5 min')).toBeVisible();
    await user.type(within(form).getByRole('textbox', { name: 'Sub-phase title' }), 'Everyone speaks');
    await user.type(within(form).getByRole('textbox', { name: 'What to do' }), 'One word each.');
    await user.click(within(form).getByRole('button', { name: 'Add a link' }));
    await user.type(within(form).getByRole('textbox', { name: 'Link text' }), 'The 1-1 guide');
    const url = within(form).getByRole('textbox', { name: 'Web address' });
    expect(url).toHaveValue('https://');
    await user.click(within(form).getByRole('button', { name: 'Save step' }));

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'A link needs a web address starting with http:// or https://.',
    );
    expect(socket.sentOf('agenda:save-step')).toEqual([]);
    await user.type(url, 'pbevanston.org');
    await user.click(within(form).getByRole('button', { name: 'Save step' }));

    expect(socket.sentOf('agenda:save-step')).toEqual([
      {
        step: {
          kind: 'general',
          title: 'New step',
          minutes: 5,
          instructions: '',
          questions: [],
          links: [{ label: 'The 1-1 guide', url: 'https://pbevanston.org' }],
          phases: [{ title: 'Everyone speaks', minutes: 5, instructions: 'One word each.' }],
        },
        commandId,
      },
    ]);
  });

  it('keeps the editor open with what was typed when the server refuses the step', async () => {
    const { socket, user } = await openAgenda(practiceWorkshop());
    socket.respond('agenda:save-step', () => fail('forbidden', 'workshop.facilitatorOnly'));

    await user.click(screen.getByRole('button', { name: 'Edit step: Roles and agenda' }));
    await user.type(within(editor('Edit step')).getByRole('textbox', { name: 'Step title' }), ' (short)');
    await user.click(within(editor('Edit step')).getByRole('button', { name: 'Save step' }));

    expect(await screen.findByText('Only the facilitator can change this.')).toBeVisible();
    expect(within(editor('Edit step')).getByRole('textbox', { name: 'Step title' })).toHaveValue(
      'Roles and agenda (short)',
    );
  });

  it('adds a new step without an id, for the server to give it one', async () => {
    const state = practiceWorkshop();
    const { socket, user } = await openAgenda(state);

    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    const form = editor('New step');
    const title = within(form).getByRole('textbox', { name: 'Step title' });
    expect(title).toHaveValue('New step');
    await user.clear(title);
    await user.type(title, 'Closing round');
    const minutes = within(form).getByRole('spinbutton', { name: 'Minutes' });
    expect(minutes).toHaveValue(5);
    await user.clear(minutes);
    await user.type(minutes, '10');
    await user.type(within(form).getByRole('textbox', { name: 'Questions (one per line)' }), 'One word?{Enter}{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Save step' }));

    const [sent] = socket.sentOf('agenda:save-step') as Array<{ step: object }>;
    expect(sent).toEqual({
      step: {
        kind: 'general',
        title: 'Closing round',
        minutes: 10,
        instructions: '',
        questions: ['One word?'],
        links: [],
        phases: [],
      },
      commandId,
    });
    expect(sent?.step).not.toHaveProperty('id');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New step' })).toBeNull());

    const closing = { ...(sent?.step as StepDraft), id: 'id-new', phases: [] };
    serverSays(socket, state, { type: 'agenda:step-saved', step: closing, index: 4 });
    expect(stepTitles()).toHaveLength(5);
    expect(within(stepItem('Closing round')).getByText('10 min')).toBeVisible();
  });

  it('moves a step down and up the agenda', async () => {
    const { socket, user } = await openAgenda(practiceWorkshop());

    expect(screen.getByRole('button', { name: 'Move step up: Roles and agenda' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move step down: Summarize key learnings' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move step down: Roles and agenda' }));
    await user.click(screen.getByRole('button', { name: 'Move step up: Summarize key learnings' }));

    expect(socket.sentOf('agenda:move-step')).toEqual([
      { stepId: practice.roles.id, toIndex: 1, commandId },
      { stepId: practice.learnings.id, toIndex: 2, commandId },
    ]);
  });

  it('removes a step only after the facilitator confirms', async () => {
    const state = practiceWorkshop();
    const { socket, user } = await openAgenda(state);

    await user.click(screen.getByRole('button', { name: 'Remove step: Get to know your team' }));
    const confirm = screen.getByRole('group', { name: 'Remove “Get to know your team” from the agenda?' });
    expect(socket.sentOf('agenda:remove-step')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));

    expect(socket.sentOf('agenda:remove-step')).toEqual([{ stepId: practice.reportBack.id, commandId }]);
    serverSays(socket, state, { type: 'agenda:step-removed', stepId: practice.reportBack.id });
    expect(stepTitles()).toEqual(['1. Roles and agenda', '2. Practice in pairs', '3. Summarize key learnings']);
  });

  it('keeps the step when the facilitator answers Keep', async () => {
    const { socket, user } = await openAgenda(practiceWorkshop());

    await user.click(screen.getByRole('button', { name: 'Remove step: Get to know your team' }));
    await user.click(screen.getByRole('button', { name: 'Keep' }));

    expect(screen.queryByRole('group', { name: /from the agenda\?$/ })).toBeNull();
    expect(stepTitles()).toHaveLength(4);
    expect(socket.sentOf('agenda:remove-step')).toEqual([]);
  });

  it('moves everyone to another step, but offers no move to the step they are on', async () => {
    const { socket, user } = await openAgenda(practiceWorkshop([pairsRunningFrom(T0)]));

    expect(screen.queryByRole('button', { name: 'Go to step: Practice in pairs' })).toBeNull();
    const goTo = screen.getByRole('button', { name: 'Go to step: Get to know your team' });
    expect(goTo).toHaveTextContent('Go to step');
    await user.click(goTo);

    expect(socket.sentOf('clock:goto')).toEqual([{ stepId: practice.reportBack.id, commandId }]);
  });

  it('turns automatic advance to the next sub-phase off and on', async () => {
    const state = practiceWorkshop();
    const { socket, user } = await openAgenda(state);
    const autoAdvance = screen.getByRole('checkbox', { name: 'Move to the next sub-phase automatically' });
    expect(autoAdvance).toBeChecked();

    await user.click(autoAdvance);

    expect(socket.sentOf('settings:update')).toEqual([{ autoAdvance: false, commandId }]);
    serverSays(socket, state, { type: 'settings:updated', autoAdvance: false });
    expect(autoAdvance).not.toBeChecked();
    await user.click(autoAdvance);
    expect(socket.sentOf('settings:update')).toEqual([
      { autoAdvance: false, commandId },
      { autoAdvance: true, commandId },
    ]);
  });

  it('says the agenda is empty and offers to add the first step', async () => {
    await openAgenda({ ...practiceWorkshop(), agenda: [] });

    expect(within(agenda()).getByText('The agenda is empty. Add the first step.')).toBeVisible();
    expect(within(agenda()).getByText('Total 0 min')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add a step' })).toBeVisible();
  });
});
