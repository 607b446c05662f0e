import { ok } from '@common-ground/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../app/store';
import { credentials } from '../../lib/credentials';
import { setLanguage } from '../../lib/i18n';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot, workshopWith } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { ExportPanel } from './ExportPanel';

const state = workshopWith([{ type: 'participant:joined', participantId: 'p-ben', name: 'Ben' }]);
const fetchMock = vi.fn<typeof fetch>();
const saved: Array<{ name: string; href: string }> = [];

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  URL.createObjectURL = vi.fn(() => 'blob:export');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.href });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fetchMock.mockReset();
  saved.length = 0;
  window.localStorage.clear();
});

async function open(as: 'facilitator' | 'notetaker'): Promise<void> {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  renderInWorkshop(<ExportPanel code={state.code} as={as} />, { socket, code: state.code });
  await expect.poll(() => useStore.getState().status).toBe('online');
}

describe('ExportPanel', () => {
  it('downloads each format with the facilitator key as a Bearer token', async () => {
    credentials.saveFacilitatorToken(state.code, 'f'.repeat(43));
    fetchMock.mockImplementation(() => Promise.resolve(new Response('# notes', { status: 200 })));
    await open('facilitator');
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Notes (Markdown)' }));
    await expect.poll(() => saved.length).toBe(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/workshops/${state.code}/export.md?lang=en`);
    expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${'f'.repeat(43)}`);
    expect(saved[0]?.name).toMatch(/\.md$/);

    for (const name of ['Cards (CSV)', 'Whole record (JSON)', 'Next one-on-ones (calendar)']) {
      await user.click(screen.getByRole('button', { name }));
    }
    await expect.poll(() => saved.map((s) => s.name.split('.').pop())).toEqual(['md', 'csv', 'json', 'ics']);
  });

  it('writes the file in the language the facilitator chooses', async () => {
    credentials.saveFacilitatorToken(state.code, 'f'.repeat(43));
    fetchMock.mockImplementation(() => Promise.resolve(new Response('# notas', { status: 200 })));
    await open('facilitator');
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('Language of the file'), 'Español');
    await user.click(screen.getByRole('button', { name: 'Notes (Markdown)' }));
    await expect.poll(() => saved.length).toBe(1);
    expect(fetchMock.mock.calls[0]![0]).toBe(`/api/workshops/${state.code}/export.md?lang=es`);
  });

  it('gives a note-taker who reads Spanish the file in Spanish', async () => {
    credentials.saveParticipant(state.code, { participantId: 'p-ben', token: 't'.repeat(43) });
    fetchMock.mockImplementation(() => Promise.resolve(new Response('# notas', { status: 200 })));
    await setLanguage('es');
    try {
      await open('notetaker');
      const user = userEvent.setup();
      expect(screen.getByLabelText('Idioma del archivo')).toHaveValue('es');
      await user.click(screen.getByRole('button', { name: 'Notas (Markdown)' }));
      await expect.poll(() => saved.length).toBe(1);
      expect(fetchMock.mock.calls[0]![0]).toBe(`/api/workshops/${state.code}/export.md?lang=es`);
    } finally {
      await setLanguage('en');
    }
  });

  it('sends the note-taker’s participant id and token, and says so when refused', async () => {
    credentials.saveParticipant(state.code, { participantId: 'p-ben', token: 't'.repeat(43) });
    fetchMock.mockResolvedValue(
      new Response('{"error":{"code":"forbidden","reason":"export.notAllowed"}}', { status: 403 }),
    );
    await open('notetaker');
    expect(screen.getByText(/stay private to each person and the facilitator/)).toBeVisible();
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Cards (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the facilitator and the note-taker can export.');
    const [, init] = fetchMock.mock.calls[0]!;
    expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer p-ben:${'t'.repeat(43)}`);
    expect(saved).toEqual([]);
  });

  it('offers printing on A4 and Letter', async () => {
    await open('facilitator');
    expect(screen.getByRole('button', { name: 'Print (A4)' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Print (Letter)' })).toBeEnabled();
  });
});
