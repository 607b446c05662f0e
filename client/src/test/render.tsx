import type { Credential } from '@common-ground/shared';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '../lib/i18n/react';
import { MemoryRouter } from '../lib/router';
import { SocketFactoryContext, WorkshopSession } from '../features/session/connection-context';
import { i18n } from '../lib/i18n';
import { FakeSocket } from './fake-socket';

/** Renders inside the app's providers, with an open workshop session on a fake socket. */
export function renderInWorkshop(
  ui: ReactNode,
  options: { socket?: FakeSocket; credential?: Credential | null; code?: string } = {},
): RenderResult & { socket: FakeSocket } {
  const socket = options.socket ?? new FakeSocket();
  const credential =
    options.credential === undefined ? ({ kind: 'facilitator', token: 'k'.repeat(43) } as const) : options.credential;
  const makeSocket = () => socket.asSyncSocket();
  const result = render(
    <I18nProvider i18n={i18n}>
      <MemoryRouter>
        <SocketFactoryContext.Provider value={makeSocket}>
          <WorkshopSession code={options.code ?? 'ABC234'} credential={() => credential}>
            {ui}
          </WorkshopSession>
        </SocketFactoryContext.Provider>
      </MemoryRouter>
    </I18nProvider>,
  );
  return { ...result, socket };
}

export function renderWithProviders(ui: ReactNode, path = '/'): RenderResult {
  return render(
    <I18nProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </I18nProvider>,
  );
}
