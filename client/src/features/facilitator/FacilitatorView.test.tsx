import { COMMAND_TYPES, fail, ok, type DomainEvent, type WorkshopState } from '@common-ground/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import {
  advance,
  MINUTE_MS,
  nextFrame,
  practice,
  practiceWorkshop,
  serverClock,
  T0,
  useFakeClock,
} from '../../test/clock-fixtures';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { FacilitatorView } from './FacilitatorView';

const token = 'k'.repeat(43);
const maria: DomainEvent = { type: 'participant:joined', participantId: 'p-maria', name: 'Maria' };

async function openFacilitator(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  for (const type of COMMAND_TYPES) socket.respond(type, () => ok({ seq: state.seq + 1 }));
  serverClock(socket);
  renderInWorkshop(<FacilitatorView code="ABC234" token={token} />, { socket });
  await expect.poll(() => useStore.getState().status).toBe('online');
  nextFrame();
  return { socket, user: userEvent.setup() };
}

function serverSays(socket: FakeSocket, state: WorkshopState, event: DomainEvent) {
  act(() => socket.push('workshop:events', { events: [{ seq: state.seq + 1, at: Date.now(), event }] }));
  nextFrame();
}

const nowCard = () => screen.getByRole('region', { name: /^(Now|Roles and agenda|Practice in pairs)/ });
const agendaStep = (title: string) =>
  within(screen.getByRole('region', { name: 'Agenda' }))
    .getByText(new RegExp(`^\\d+\\. ${title}$`))
    .closest('li');

describe('FacilitatorView', () => {
  useFakeClock();

  it('says it is connecting until the workshop arrives', () => {
    renderInWorkshop(<FacilitatorView code="ABC234" token={token} />);

    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
  });

  it('says the facilitator link is not valid when the server refuses the key', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => fail('unauthorized', 'session.facilitatorLink'));
    renderInWorkshop(<FacilitatorView code="ABC234" token={token} />, { socket });

    expect(
      await screen.findByRole('heading', {
        name: 'This facilitator link is not valid. Use the link you got when you created the workshop.',
      }),
    ).toBeVisible();
  });

  it('hands out the projector link with its key, without showing the key on screen', async () => {
    const projectorToken = 'p'.repeat(43);
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok({ ...snapshot(practiceWorkshop()), projectorToken }));
    serverClock(socket);
    renderInWorkshop(<FacilitatorView code="ABC234" token={token} />, { socket });

    const open = await screen.findByRole('link', { name: 'Open the projector view' });
    expect(open).toHaveAttribute('href', `${window.location.origin}/projector/ABC234#key=${projectorToken}`);
    const share = screen.getByRole('region', { name: 'Invite the room' });
    expect(share).not.toHaveTextContent(projectorToken);
    expect(share).toHaveTextContent(`${window.location.origin}/projector/ABC234#key=••••••••`);
  });

  it('puts the first step, its clock and the controls together, with the agenda and the roles beside them', async () => {
    await openFacilitator(practiceWorkshop([[T0 - MINUTE_MS, maria]]));

    const now = nowCard();
    expect(within(now).getByRole('heading', { name: 'Roles and agenda' })).toBeVisible();
    expect(within(now).getByText('Step 1 of 4')).toBeVisible();
    expect(within(now).getByRole('timer')).toHaveTextContent('5:00');
    expect(within(now).getByRole('group', { name: 'Clock controls' })).toBeVisible();
    expect(agendaStep('Roles and agenda')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('combobox', { name: 'Timekeeper' })).toBeVisible();
    expect(screen.getByText('Facilitating')).toBeVisible();
  });

  it('moves everyone on with Next: the now card, the agenda and the cue follow the server', async () => {
    const state = practiceWorkshop([
      [T0 - 5 * MINUTE_MS, maria],
      [T0 - 4 * MINUTE_MS, { type: 'clock:started' }],
    ]);
    const { socket, user } = await openFacilitator(state);
    expect(screen.getByRole('timer')).toHaveTextContent('1:00');

    await user.click(screen.getByRole('button', { name: 'Go to the next step or sub-phase' }));
    expect(socket.sentOf('clock:next')).toHaveLength(1);
    const [organize] = practice.pairs.phases;
    serverSays(socket, state, {
      type: 'clock:moved',
      stepId: practice.pairs.id,
      phaseId: organize!.id,
      running: true,
      auto: false,
    });

    expect(within(nowCard()).getByRole('heading', { level: 2 })).toHaveTextContent('Practice in pairs · A organizes');
    expect(screen.getByRole('timer')).toHaveTextContent('8:00');
    expect(agendaStep('Practice in pairs')).toHaveAttribute('aria-current', 'step');
    expect(agendaStep('Roles and agenda')).not.toHaveAttribute('aria-current');
    expect(screen.getAllByTestId('cue').map((s) => s.textContent)).toContain('Now: A organizes');

    advance(MINUTE_MS);
    expect(screen.getByRole('timer')).toHaveTextContent('7:00');
  });

  it('keeps the suggestions, with the choice of how notes arrive, beside the flipchart', async () => {
    const { socket, user } = await openFacilitator(practiceWorkshop([[T0 - MINUTE_MS, maria]]));
    // Folded away before the report-back: one press opens it.
    await user.click(screen.getByText('Flipchart and suggestions'));

    const panel = screen.getByRole('region', { name: 'Suggestions from pairs' });
    expect(within(panel).getByText(/No notes are waiting/)).toBeVisible();
    expect(screen.getByRole('region', { name: 'Flipchart' })).toBeVisible();
    await user.click(within(panel).getByRole('radio', { name: 'straight onto the flipchart' }));

    expect(socket.sentOf('settings:update')).toEqual([{ notesFlow: 'direct', commandId: expect.any(String) }]);
  });
});
