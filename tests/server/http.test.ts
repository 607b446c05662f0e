import {
  createWorkshopResponseSchema,
  httpErrorSchema,
  isReasonCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  workshopSummarySchema,
} from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, unwrap, type TestServer } from './helpers.js';

const harness = new Harness();
let server: TestServer;

beforeEach(async () => {
  server = await harness.startServer();
});
afterEach(() => harness.cleanup());

function post(body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${server.url}/api/workshops`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

async function expectJsonError(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = httpErrorSchema.parse(await res.json());
  expect(body.error.code).toBe(code);
  expect(isReasonCode(body.error.reason)).toBe(true);
}

describe('POST /api/workshops', () => {
  it('creates a workshop and answers 201 with its code, the facilitator key and the three links', async () => {
    const res = await post(JSON.stringify({ title: 'Practice 1:1' }));
    expect(res.status).toBe(201);
    const body = createWorkshopResponseSchema.parse(await res.json());

    expect(body.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
    expect(body.facilitatorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const facilitator = new URL(body.links.facilitator);
    expect(facilitator.origin).toBe(server.url);
    expect(facilitator.pathname).toBe(`/facilitate/${body.code}`);
    expect(facilitator.hash).toBe(`#key=${body.facilitatorToken}`);
    // The key travels only in the fragment, which browsers never send to a server.
    expect(facilitator.search).toBe('');
    expect(body.links.join).toBe(`${server.url}/join/${body.code}`);
    // The projector link carries its own key, also only in the fragment, and unlike the facilitator's.
    const projector = new URL(body.links.projector);
    expect(projector.origin + projector.pathname).toBe(`${server.url}/projector/${body.code}`);
    expect(projector.search).toBe('');
    expect(projector.hash).toMatch(/^#key=[A-Za-z0-9_-]{43}$/);
    expect(body.links.join).not.toContain(body.facilitatorToken);
    expect(body.links.projector).not.toContain(body.facilitatorToken);
  });

  it('gives every workshop its own code and facilitator key', async () => {
    const first = await createWorkshop(server);
    const second = await createWorkshop(server);
    expect(second.code).not.toBe(first.code);
    expect(second.facilitatorToken).not.toBe(first.facilitatorToken);
  });

  it.each([
    ['no title', {}],
    ['an empty title', { title: '' }],
    ['a title of only spaces', { title: '   ' }],
    ['a title over 120 characters', { title: 'x'.repeat(121) }],
    ['a title that is not a string', { title: 42 }],
    ['an unknown template', { title: 'Practice', template: 'poker-night' }],
    ['an array', [{ title: 'Practice' }]],
  ])('refuses %s with a 400 JSON error', async (_label, body) => {
    await expectJsonError(await post(JSON.stringify(body)), 400, 'invalid_input');
  });

  it('refuses malformed JSON with a 400 JSON error', async () => {
    await expectJsonError(await post('{"title": "Practice'), 400, 'invalid_input');
  });

  it('refuses a body that is not JSON at all', async () => {
    await expectJsonError(await post('title=Practice', 'application/x-www-form-urlencoded'), 400, 'invalid_input');
  });

  it('refuses a body over 16 kB with a JSON error', async () => {
    await expectJsonError(await post(JSON.stringify({ title: 'x'.repeat(20_000) })), 413, 'invalid_input');
  });

  it('creates nothing when it refuses', async () => {
    await post(JSON.stringify({ title: '' }));
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { workshops: number };
    expect(health.workshops).toBe(0);
  });
});

describe('GET /api/workshops/:code', () => {
  it('answers with the summary of a new workshop', async () => {
    const { code } = await createWorkshop(server, { title: '  Training plan  ', template: 'training-plan' });
    const res = await fetch(`${server.url}/api/workshops/${code}`);
    expect(res.status).toBe(200);
    const summary = workshopSummarySchema.parse(await res.json());
    expect(summary).toEqual({
      code,
      title: 'Training plan',
      template: 'training-plan',
      createdAt: expect.any(Number),
      participantCount: 0,
    });
  });

  it('uses the practice template when none is given', async () => {
    const { code } = await createWorkshop(server, { title: 'Practice 1:1' });
    const summary = workshopSummarySchema.parse(await (await fetch(`${server.url}/api/workshops/${code}`)).json());
    expect(summary.template).toBe('practice-1on1');
  });

  it('counts the participants who joined', async () => {
    const { code } = await createWorkshop(server);
    const ana = await harness.connect(server);
    const ben = await harness.connect(server);
    unwrap(await ana.join(code, 'Ana'));
    unwrap(await ben.join(code, 'Ben'));
    const summary = workshopSummarySchema.parse(await (await fetch(`${server.url}/api/workshops/${code}`)).json());
    expect(summary.participantCount).toBe(2);
  });

  it('finds a workshop by its code typed in lower case', async () => {
    const { code } = await createWorkshop(server, { title: 'Practice 1:1' });
    const res = await fetch(`${server.url}/api/workshops/${code.toLowerCase()}`);
    expect(res.status).toBe(200);
    expect(workshopSummarySchema.parse(await res.json()).code).toBe(code);
  });

  it('answers 404 with a JSON error for an unknown code', async () => {
    await expectJsonError(await fetch(`${server.url}/api/workshops/ZZZZ99`), 404, 'not_found');
  });

  it('answers 404 with a JSON error for something that cannot be a code', async () => {
    await expectJsonError(
      await fetch(`${server.url}/api/workshops/${encodeURIComponent('no such!')}`),
      404,
      'not_found',
    );
  });
});

describe('other addresses', () => {
  it('answers /healthz with 200 and the number of workshops', async () => {
    await createWorkshop(server);
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, workshops: 1, loaded: 1, unreadable: 0 });
  });

  it('answers an unknown API address with a 404 JSON error', async () => {
    await expectJsonError(await fetch(`${server.url}/api/nothing-here`), 404, 'not_found');
  });
});
