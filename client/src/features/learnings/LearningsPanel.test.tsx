import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MINUTE_MS, practiceWorkshop, T0, useFakeClock, type TimedEvent } from '../../test/clock-fixtures';
import {
  learningsRunning,
  openScreen,
  reportBackRunning,
  role,
  sixJoined,
  threePairs,
  withCommandId,
} from '../../test/report-back-fixtures';
import { FacilitatorView } from '../facilitator/FacilitatorView';
import { ParticipantView } from '../participant/ParticipantView';
import { ProjectorView } from '../projector/ProjectorView';
import { LearningsPanel } from './LearningsPanel';

const facilitator = { kind: 'facilitator' } as const;
const learned = (learningId: string, text: string): TimedEvent => [
  T0 - MINUTE_MS,
  { type: 'learning:added', learningId, text },
];
const twoLearnings = [learned('l-1', 'Share your own story too'), learned('l-2', 'Make a clear ask at the end')];
const anaReports: TimedEvent = [T0 - MINUTE_MS, { type: 'learning:reporter-set', participantId: 'p-ana' }];
const inLearnings = (...more: TimedEvent[]) => practiceWorkshop([...sixJoined, threePairs, learningsRunning, ...more]);

function openPanel(state = inLearnings(...twoLearnings)) {
  return openScreen(
    <>
      <ErrorNotice />
      <LearningsPanel highlighted />
    </>,
    state,
    facilitator,
  );
}

const panel = () => screen.getByRole('region', { name: 'Key learnings' });
const learnings = () =>
  within(panel())
    .queryAllByRole('listitem')
    .map((item) => within(item).getByText(/./, { selector: 'p' }).textContent);
const reporter = () => within(panel()).getByRole('combobox', { name: 'Who reports back to the larger group' });

describe('LearningsPanel', () => {
  useFakeClock();

  it('lists the key learnings and says nobody reports back yet', async () => {
    await openPanel();

    expect(learnings()).toEqual(['Share your own story too', 'Make a clear ask at the end']);
    expect(reporter()).toHaveDisplayValue('Nobody yet');
  });

  it('says what will appear before the first learning', async () => {
    await openPanel(inLearnings());

    expect(within(panel()).getByText(/No learnings yet/)).toBeVisible();
  });

  it('adds a learning, and shows it once the server records it', async () => {
    const { socket, user, serverSays } = await openPanel();

    const input = within(panel()).getByRole('textbox', { name: 'New key learning' });
    await user.type(input, '  Listen more than you talk {Enter}');

    expect(socket.sentOf('learning:add')).toEqual([withCommandId({ text: 'Listen more than you talk' })]);
    expect(input).toHaveValue('');

    serverSays({ type: 'learning:added', learningId: 'l-3', text: 'Listen more than you talk' });
    expect(learnings()).toContain('Listen more than you talk');
  });

  it('does not send an empty learning, and says why', async () => {
    const { socket, user } = await openPanel();

    await user.click(within(panel()).getByRole('button', { name: 'Add' }));

    expect(within(panel()).getByText('Write something first.')).toBeVisible();
    expect(socket.sentOf('learning:add')).toEqual([]);
  });

  it('edits a learning in place', async () => {
    const { socket, user } = await openPanel();

    await user.click(within(panel()).getByRole('button', { name: 'Edit: Share your own story too' }));
    const editor = within(panel()).getByRole('textbox', { name: 'Edit key learning' });
    expect(editor).toHaveFocus();
    await user.clear(editor);
    await user.type(editor, 'Share your own story, briefly{Enter}');

    expect(socket.sentOf('learning:edit')).toEqual([
      withCommandId({ learningId: 'l-1', text: 'Share your own story, briefly' }),
    ]);
  });

  it('deletes a learning after asking once more', async () => {
    const { socket, user } = await openPanel();

    await user.click(within(panel()).getByRole('button', { name: 'Delete: Make a clear ask at the end' }));
    const confirm = within(panel()).getByRole('group', { name: 'Delete this learning?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(socket.sentOf('learning:delete')).toEqual([withCommandId({ learningId: 'l-2' })]);
  });

  it('chooses who reports back to the larger group from the roster, and can clear the choice', async () => {
    const { socket, user, serverSays } = await openPanel();

    await user.selectOptions(reporter(), 'Cleo');
    expect(socket.sentOf('learning:set-reporter')).toEqual([withCommandId({ participantId: 'p-cleo' })]);

    serverSays({ type: 'learning:reporter-set', participantId: 'p-cleo' });
    expect(reporter()).toHaveDisplayValue('Cleo');
    await user.selectOptions(reporter(), 'Nobody yet');

    expect(socket.sentOf('learning:set-reporter')).toEqual([
      withCommandId({ participantId: 'p-cleo' }),
      withCommandId({ participantId: null }),
    ]);
  });
});

describe('key learnings on every screen', () => {
  useFakeClock();

  it('gives the facilitator the learnings panel during the learnings step', async () => {
    await openScreen(
      <FacilitatorView code="ABC234" token={'k'.repeat(43)} />,
      inLearnings(...twoLearnings),
      facilitator,
    );

    expect(within(panel()).getByRole('textbox', { name: 'New key learning' })).toBeVisible();
  });

  it('shows nothing of the learnings before their step', async () => {
    await openScreen(<ParticipantView />, practiceWorkshop([...sixJoined, threePairs, reportBackRunning]), {
      kind: 'participant',
      participantId: 'p-cleo',
    });

    expect(screen.queryByRole('region', { name: 'Key learnings' })).toBeNull();
  });

  it('shows a plain participant the learnings and the reporter, read-only', async () => {
    await openScreen(<ParticipantView />, inLearnings(...twoLearnings, anaReports), {
      kind: 'participant',
      participantId: 'p-cleo',
    });

    expect(learnings()).toEqual(['Share your own story too', 'Make a clear ask at the end']);
    expect(within(panel()).getByText('Reporting back to the larger group: Ana')).toBeVisible();
    expect(within(panel()).queryByRole('textbox')).toBeNull();
    expect(within(panel()).queryByRole('combobox')).toBeNull();
    expect(within(panel()).queryByRole('button')).toBeNull();
  });

  it('gives the note-taker the editable learnings', async () => {
    const { socket, user } = await openScreen(
      <ParticipantView />,
      inLearnings(role('p-finn', 'notetaker'), ...twoLearnings),
      { kind: 'participant', participantId: 'p-finn' },
    );

    await user.type(within(panel()).getByRole('textbox', { name: 'New key learning' }), 'Ask, then listen{Enter}');

    expect(socket.sentOf('learning:add')).toEqual([withCommandId({ text: 'Ask, then listen' })]);
  });

  it('shows the learnings and the reporter large on the projector', async () => {
    await openScreen(<ProjectorView code="ABC234" />, inLearnings(...twoLearnings, anaReports), { kind: 'projector' });

    expect(learnings()).toEqual(['Share your own story too', 'Make a clear ask at the end']);
    expect(within(panel()).getByText('Reporting back to the larger group: Ana')).toBeVisible();
    expect(within(panel()).queryByRole('button')).toBeNull();
  });
});
