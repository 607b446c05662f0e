import { fail, ok } from '@common-ground/shared';
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../lib/i18n/react';
import { MemoryRouter, Route, Routes } from '../../lib/router';
import { afterEach, describe, expect, it } from 'vitest';
import { credentials } from '../../lib/credentials';
import { i18n } from '../../lib/i18n';
import { FakeSocket } from '../../test/fake-socket';
import { practiceWorkshop } from '../../test/clock-fixtures';
import { snapshot } from '../../test/fixtures';
import { SocketFactoryContext } from '../session/connection-context';
import { ProjectorPage } from './ProjectorPage';

const key = 'p'.repeat(43);

/** Opens the projector page as the browser would at `address` (the fragment included). */
function openAt(address: string, socket: FakeSocket) {
  window.history.replaceState(null, '', address);
  render(
    <I18nProvider i18n={i18n}>
      <MemoryRouter initialEntries={['/projector/ABC234']}>
        <SocketFactoryContext.Provider value={() => socket.asSyncSocket()}>
          <Routes>
            <Route path="/projector/:code" element={<ProjectorPage />} />
          </Routes>
        </SocketFactoryContext.Provider>
      </MemoryRouter>
    </I18nProvider>,
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('ProjectorPage', () => {
  it('enters with the key from the link, keeps it, and takes it out of the address bar', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok(snapshot(practiceWorkshop(), { kind: 'projector' })));
    openAt(`/projector/ABC234#key=${key}`, socket);

    await screen.findByRole('heading', { name: practiceWorkshop().title, level: 1 });
    expect(socket.sentOf('session:resume')).toEqual([
      { code: 'ABC234', credential: { kind: 'projector', token: key } },
    ]);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/projector/ABC234');
    expect(credentials.projectorToken('ABC234')).toBe(key);
  });

  it('comes back after a reload with the key it kept', async () => {
    credentials.saveProjectorToken('ABC234', key);
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok(snapshot(practiceWorkshop(), { kind: 'projector' })));
    openAt('/projector/ABC234', socket);

    await screen.findByRole('heading', { name: practiceWorkshop().title, level: 1 });
    expect(socket.sentOf('session:resume')).toEqual([
      { code: 'ABC234', credential: { kind: 'projector', token: key } },
    ]);
  });

  it('asks for the projector link when it has only the code, and sends nothing', () => {
    const socket = new FakeSocket();
    openAt('/projector/ABC234', socket);

    expect(screen.getByText('This page needs the projector link from the facilitator’s screen.')).toBeInTheDocument();
    expect(socket.sent).toEqual([]);
  });

  it('says the link is not valid when the server refuses the key', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => fail('unauthorized', 'session.projectorLink'));
    openAt(`/projector/ABC234#key=${key}`, socket);

    expect(await screen.findByText(/This projector link is not valid/)).toBeInTheDocument();
  });
});
