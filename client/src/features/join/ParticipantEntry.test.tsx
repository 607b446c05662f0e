import { fail, ok, type SessionJoin, type WorkshopSummary } from '@common-ground/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { credentials } from '../../lib/credentials';
import { clearShellHandoff, keepShellInput } from '../../lib/shell-handoff';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot, withPracticeAgenda, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { ParticipantEntry } from './ParticipantEntry';

const summary: WorkshopSummary = {
  code: 'ABC234',
  title: 'Tuesday 1:1 training',
  template: 'practice-1on1',
  createdAt: 1,
  participantCount: 0,
};

/** A server that lets anyone join under the name they typed, as participant p9. */
function welcomingServer(): FakeSocket {
  const socket = new FakeSocket();
  socket.respond('session:join', (message) => {
    const { name } = message as SessionJoin;
    const state = withPracticeAgenda(workshopWith([{ type: 'participant:joined', participantId: 'p9', name }]));
    return ok(snapshot(state, { kind: 'participant', participantId: 'p9' }));
  });
  return socket;
}

function openJoinLink(socket: FakeSocket) {
  renderInWorkshop(<ParticipantEntry summary={summary} />, { socket, credential: null });
  return userEvent.setup();
}

describe('ParticipantEntry', () => {
  it('asks a new browser for a name to join the workshop under', async () => {
    openJoinLink(welcomingServer());

    expect(await screen.findByRole('heading', { name: 'Join “Tuesday 1:1 training”' })).toBeVisible();
    const name = screen.getByRole('textbox', { name: 'Your name' });
    expect(name).toHaveAccessibleDescription('The name others will see. No account needed.');
    expect(name).toHaveFocus();
  });

  it('asks for a name instead of joining without one', async () => {
    const socket = welcomingServer();
    const user = openJoinLink(socket);
    await screen.findByRole('heading', { name: 'Join “Tuesday 1:1 training”' });

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Join the workshop' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Type the name others will see.');
    expect(screen.getByRole('textbox', { name: 'Your name' })).toBeInvalid();
    expect(socket.sentOf('session:join')).toEqual([]);
  });

  it('joins under the typed name and shows the workshop to the new participant', async () => {
    const socket = welcomingServer();
    const user = openJoinLink(socket);

    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), '  Maria ');
    await user.click(screen.getByRole('button', { name: 'Join the workshop' }));

    expect(socket.sentOf('session:join')).toEqual([
      {
        code: 'ABC234',
        name: 'Maria',
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        commandId: expect.any(String),
      },
    ]);
    expect(await screen.findByText('Welcome, Maria')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Tuesday 1:1 training' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Flipchart' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Our Common Values' })).toBeVisible();
    // A plain participant reads the flipchart; only the note-taker writes on it.
    expect(screen.queryByRole('textbox', { name: /New card/ })).toBeNull();
    expect(screen.getByRole('listitem')).toHaveTextContent('Maria (you)');
    expect(credentials.participant('ABC234')?.participantId).toBe('p9');
  });

  it('keeps the form and says why when the server refuses the name', async () => {
    const socket = new FakeSocket();
    socket.respond('session:join', () => fail('invalid_input', 'text.tooLong', { field: 'name', max: 60 }));
    const user = openJoinLink(socket);

    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Maria');
    await user.click(screen.getByRole('button', { name: 'Join the workshop' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Keep it to 60 characters or fewer.');
    expect(screen.getByRole('button', { name: 'Join the workshop' })).toBeEnabled();
    expect(screen.queryByText('Welcome, Maria')).toBeNull();
  });

  it('comes back as the same person when this browser joined before', async () => {
    const socket = new FakeSocket();
    const state = workshopWith([{ type: 'participant:joined', participantId: 'p9', name: 'Maria' }]);
    socket.respond('session:resume', () => ok(snapshot(state, { kind: 'participant', participantId: 'p9' })));
    renderInWorkshop(<ParticipantEntry summary={summary} />, {
      socket,
      credential: { kind: 'participant', participantId: 'p9', token: 't'.repeat(43) },
    });

    expect(await screen.findByText('Welcome, Maria')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Join “Tuesday 1:1 training”' })).toBeNull();
    expect(socket.sentOf('session:join')).toEqual([]);
  });
});

describe('ParticipantEntry after the join form the server drew', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
    clearShellHandoff();
  });

  it('keeps the name typed into the early form while the app was on its way', async () => {
    document.body.innerHTML = '<div id="root"><main><form><input name="name" value="Ana Lucía"></form></main></div>';
    keepShellInput();
    openJoinLink(welcomingServer());

    expect(await screen.findByRole('textbox', { name: 'Your name' })).toHaveValue('Ana Lucía');
  });

  it('joins at once under the name sent from the early form, and takes it out of the address', async () => {
    window.history.replaceState(null, '', '/join/ABC234?name=Ana');
    keepShellInput();
    const socket = welcomingServer();
    openJoinLink(socket);

    expect(await screen.findByText('Welcome, Ana')).toBeVisible();
    expect(socket.sentOf('session:join')).toHaveLength(1);
    expect(window.location.pathname + window.location.search).toBe('/join/ABC234');
  });
});

describe('ParticipantEntry for a newcomer', () => {
  it('offers the form before the code is checked or the server answers, and joins once it can', async () => {
    const socket = welcomingServer();
    renderInWorkshop(<ParticipantEntry summary={null} newcomer />, { socket, credential: null });

    // Drawn in the first frame: nothing waited for.
    expect(screen.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Bea');
    await user.click(screen.getByRole('button', { name: 'Join the workshop' }));
    expect(await screen.findByText('Welcome, Bea')).toBeVisible();
  });
});
