import { ok } from '@common-ground/shared';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Flipchart } from '../features/flipchart/Flipchart';
import { FakeSocket } from '../test/fake-socket';
import { snapshot, workshopWith } from '../test/fixtures';
import { renderInWorkshop } from '../test/render';
import { ConnectionBanner } from './ConnectionBanner';

const lost = 'Connection lost. Reconnecting… Your changes are kept and will be sent when you are back.';

function workshopServer(): FakeSocket {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(workshopWith([]))));
  return socket;
}

describe('ConnectionBanner', () => {
  it('says it is connecting while the server has not let the screen in yet', async () => {
    const socket = new FakeSocket();
    renderInWorkshop(<ConnectionBanner />, { socket });

    await act(async () => {});

    expect(socket.sentOf('session:resume')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
  });

  it('says the connection was lost and changes are kept, until it is back', async () => {
    const socket = workshopServer();
    renderInWorkshop(<ConnectionBanner />, { socket });
    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());

    act(() => socket.drop());

    expect(screen.getByRole('status')).toHaveTextContent(lost);

    act(() => socket.reconnect());

    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
  });

  it('counts a change made offline as being sent until the server answers it', async () => {
    const socket = workshopServer();
    renderInWorkshop(
      <>
        <ConnectionBanner />
        <Flipchart editable />
      </>,
      { socket },
    );
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());

    act(() => socket.drop());
    await user.type(screen.getByRole('textbox', { name: 'New card for Our Common Values' }), 'Dignity{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(lost);
    expect(socket.sentOf('card:add')).toEqual([]);

    // Back online, the change goes out; the server has not answered it yet.
    act(() => socket.reconnect());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sending 1 change…'));
    expect(socket.sentOf('card:add')).toHaveLength(1);
  });
});
