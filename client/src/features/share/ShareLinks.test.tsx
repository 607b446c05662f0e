import type { JoinAddresses } from '@common-ground/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInWorkshop } from '../../test/render';
import { ShareLinks } from './ShareLinks';

/** The server's answer to "where can the room reach you?", as GET /api/addresses gives it. */
function serverAddresses(answer: JoinAddresses): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === '/api/addresses' ? Response.json(answer) : Response.json({ error: 'unexpected' }, { status: 404 }),
    ),
  );
}

const port = window.location.port ? `:${window.location.port}` : '';
const invite = () => screen.getByRole('region', { name: 'Invite the room' });
const joinLink = (host: string) => `http://${host}${port}/join/ABC234`;

function open() {
  return renderInWorkshop(<ShareLinks code="ABC234" facilitatorToken={'k'.repeat(43)} />);
}

describe('the join link on a laptop opened at localhost', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('points at the laptop’s network address, not at localhost', async () => {
    expect(window.location.hostname).toBe('localhost');
    serverAddresses({ publicUrl: null, hosts: ['192.168.1.20'] });
    open();

    expect(await within(invite()).findByText(joinLink('192.168.1.20'))).toBeVisible();
    expect(within(invite()).queryByText(/localhost/)).toBeNull();
    expect(screen.queryByLabelText('Address the room joins at')).toBeNull();
  });

  it('lets the facilitator pick the room’s network when there are several, and remembers it for the workshop', async () => {
    serverAddresses({ publicUrl: null, hosts: ['192.168.1.20', '10.0.0.5'] });
    const user = userEvent.setup();
    const first = open();
    await within(invite()).findByText(joinLink('192.168.1.20'));

    await user.selectOptions(screen.getByLabelText('Address the room joins at'), `10.0.0.5${port}`);
    expect(within(invite()).getByText(joinLink('10.0.0.5'))).toBeVisible();

    first.unmount();
    open();
    expect(await within(invite()).findByText(joinLink('10.0.0.5'))).toBeVisible();
  });

  it('points at PUBLIC_URL behind a proxy', async () => {
    serverAddresses({ publicUrl: 'https://board.example.org', hosts: [] });
    open();

    expect(await within(invite()).findByText('https://board.example.org/join/ABC234')).toBeVisible();
  });

  it('says plainly that nobody else can open localhost when the laptop is on no network', async () => {
    serverAddresses({ publicUrl: null, hosts: [] });
    open();

    expect(await screen.findByText(/Other laptops cannot open “localhost”/)).toBeVisible();
  });
});
