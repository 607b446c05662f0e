import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Route, Routes, useLocation, useParams } from '../../lib/router';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { HomePage } from './HomePage';

const facilitatorToken = 'f'.repeat(43);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function Marker({ view }: { view: string }): ReactNode {
  const { code } = useParams();
  const { hash } = useLocation();
  return <p>{`${view} ${code ?? ''}${hash}`}</p>;
}

function openHome() {
  renderWithProviders(
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/facilitate/:code" element={<Marker view="Facilitating" />} />
      <Route path="/join/:code" element={<Marker view="Joining" />} />
    </Routes>,
  );
  return userEvent.setup();
}

describe('HomePage', () => {
  let fetchSpy: MockInstance<typeof fetch>;
  beforeEach(() => {
    fetchSpy = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => {
    fetchSpy.mockRestore();
  });

  it('offers the two doors: start a workshop, or join one with a code', () => {
    openHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Common Ground' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Start a workshop' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Join with a code' })).toBeInTheDocument();
  });

  it('asks for a title and makes no request when the title is empty', async () => {
    const user = openHome();
    await user.type(screen.getByRole('textbox', { name: 'Workshop title' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Give the workshop a title.');
    expect(screen.getByRole('textbox', { name: 'Workshop title' })).toBeInvalid();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('creates a workshop, keeps the facilitator key and opens the facilitator view', async () => {
    fetchSpy.mockImplementation(() =>
      Promise.resolve(
        json(201, {
          code: 'XYZ234',
          facilitatorToken,
          links: { facilitator: '/facilitate/XYZ234', join: '/join/XYZ234', projector: '/projector/XYZ234' },
        }),
      ),
    );
    const user = openHome();

    await user.type(screen.getByRole('textbox', { name: 'Workshop title' }), ' Tuesday 1:1 training ');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));

    expect(await screen.findByText(`Facilitating XYZ234#key=${facilitatorToken}`)).toBeVisible();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(url).toBe('/api/workshops');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ title: 'Tuesday 1:1 training', template: 'practice-1on1' });
    expect(window.localStorage.getItem('common-ground:facilitator:XYZ234')).toBe(facilitatorToken);
  });

  it('creates the workshop from the agenda template the facilitator picks', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() =>
      Promise.resolve(
        json(201, {
          code: 'XYZ234',
          facilitatorToken,
          links: { facilitator: '/facilitate/XYZ234', join: '/join/XYZ234', projector: '/projector/XYZ234' },
        }),
      ),
    );
    const user = openHome();
    expect(screen.getByRole('radio', { name: /1:1 practice \(50 min\)/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /One-on-ones training/ }));
    await user.type(screen.getByRole('textbox', { name: 'Workshop title' }), 'Saturday training');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));

    await screen.findByText(`Facilitating XYZ234#key=${facilitatorToken}`);
    const [, init] = fetchSpy.mock.calls[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ title: 'Saturday training', template: 'training-plan' });
  });

  it('shows the server’s reason when a workshop cannot be created, and stays on the page', async () => {
    fetchSpy.mockImplementation(() =>
      Promise.resolve(json(429, { error: { code: 'rate_limited', reason: 'request.tooMany' } })),
    );
    const user = openHome();

    await user.type(screen.getByRole('textbox', { name: 'Workshop title' }), 'Tuesday 1:1 training');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many actions at once. Wait a moment and try again.',
    );
    expect(screen.getByRole('button', { name: 'Create workshop' })).toBeEnabled();
    expect(window.localStorage.length).toBe(0);
  });

  it('says which code is unknown, upper-cased and without spaces', async () => {
    fetchSpy.mockImplementation(() =>
      Promise.resolve(json(404, { error: { code: 'not_found', reason: 'workshop.unknown' } })),
    );
    const user = openHome();

    await user.type(screen.getByRole('textbox', { name: 'Join code' }), 'xyz 234');
    await user.click(screen.getByRole('button', { name: 'Join' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No workshop has the code XYZ234. Check the code and try again.',
    );
    expect(fetchSpy.mock.calls[0]?.[0]).toBe('/api/workshops/XYZ234');
  });

  it('goes to the join page of a workshop that exists', async () => {
    fetchSpy.mockImplementation(() =>
      Promise.resolve(
        json(200, {
          code: 'ABC234',
          title: 'Tuesday 1:1 training',
          template: 'practice-1on1',
          createdAt: 1,
          participantCount: 3,
        }),
      ),
    );
    const user = openHome();

    await user.type(screen.getByRole('textbox', { name: 'Join code' }), ' abc-234 {Enter}');

    expect(await screen.findByText('Joining ABC234')).toBeVisible();
    expect(fetchSpy.mock.calls[0]?.[0]).toBe('/api/workshops/ABC234');
  });

  it('asks for a code and makes no request when the code is empty', async () => {
    const user = openHome();
    await user.click(screen.getByRole('button', { name: 'Join' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Type the code you were given.');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('HomePage: importing an exported record', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the whole record when asked, and opens the new workshop as its facilitator', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      json(201, {
        code: 'NEW234',
        facilitatorToken,
        links: { facilitator: '/facilitate/NEW234', join: '/join/NEW234', projector: '/projector/NEW234' },
      }),
    );
    const user = openHome();
    await user.click(screen.getByText('Start from an exported record'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the JSON file you exported.');
    expect(fetchSpy).not.toHaveBeenCalled();

    const record = '{"format":"common-ground/workshop-record"}';
    await user.upload(screen.getByLabelText('Workshop record (JSON)'), new File([record], 'record.json'));
    await user.click(screen.getByRole('radio', { name: 'The whole record, to keep it here' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText(`Facilitating NEW234#key=${facilitatorToken}`)).toBeVisible();
    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(url).toBe('/api/workshops/import?keep=record');
    expect(init?.body).toBe(record);
    expect(window.localStorage.getItem('common-ground:facilitator:NEW234')).toBe(facilitatorToken);
  });
});
