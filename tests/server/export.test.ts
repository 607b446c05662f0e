import { randomUUID } from 'node:crypto';
import {
  createWorkshopResponseSchema,
  httpErrorSchema,
  importRecord,
  summarizeEvaluations,
  type CreateWorkshopResponse,
} from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWorkshop,
  Harness,
  newToken,
  send,
  snapshotOf,
  unwrap,
  type TestClient,
  type TestServer,
} from './helpers.js';
import { changeDoc } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: TestClient;
let noteTaker: { id: string; token: string };
let noteTakerClient: TestClient;
let participant: { id: string; token: string; client: TestClient };

const FORMATS = [
  ['md', 'text/markdown; charset=utf-8'],
  ['csv', 'text/csv; charset=utf-8'],
  ['json', 'application/json; charset=utf-8'],
  ['ics', 'text/calendar; charset=utf-8'],
] as const;

function download(format: string, authorization?: string, code = workshop.code): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${code}/export.${format}`, {
    headers: authorization ? { authorization } : {},
  });
}

async function expectJsonError(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(httpErrorSchema.parse(await res.json()).error.code).toBe(code);
}

async function joinAs(name: string): Promise<{ id: string; token: string; client: TestClient }> {
  const client = await harness.connect(server);
  const token = newToken();
  const snapshot = unwrap(await client.join(workshop.code, name, { token }));
  if (snapshot.identity.kind !== 'participant') throw new Error('not a participant');
  return { id: snapshot.identity.participantId, token, client };
}

beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Tuesday 1:1 training' });
  facilitator = await harness.connect(server);
  unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
  participant = await joinAs('Ana');
  ({ client: noteTakerClient, ...noteTaker } = await joinAs('Ben'));
  unwrap(await send(facilitator, 'participant:assign-role', { participantId: noteTaker.id, role: 'notetaker' }));
  unwrap(await facilitator.addCard('values', '=HYPERLINK("x"), "dignity"\nat work 🎉'));
  unwrap(
    await changeDoc(participant.client, 'followup', participant.id, {
      type: 'meeting:add',
      meetingId: randomUUID(),
      withWhom: 'Cai; Dee',
      when: '2026-12-01T18:00',
      where: '',
    }),
  );
  unwrap(
    await changeDoc(facilitator, 'followup', participant.id, {
      type: 'tip:add',
      tipId: randomUUID(),
      text: 'Private tip',
    }),
  );
});

/** Three people answer the evaluation without signing: ratings 2, 3 and 4. */
async function answerUnsigned(): Promise<void> {
  const third = await joinAs('Dee');
  unwrap(await send(facilitator, 'evaluation:set-open', { open: true }));
  const people = [participant, { ...noteTaker, client: noteTakerClient }, third];
  for (const [i, person] of people.entries()) {
    const answers = { learned: `Learned ${i + 1}`, rating: i + 2, likes: [`Like ${i + 1}`], wishes: [`Wish ${i + 1}`] };
    unwrap(await changeDoc(person.client, 'evaluation', person.id, { answers }));
  }
}

describe('GET /api/workshops/:code/export.*', () => {
  it.each(FORMATS)('gives the facilitator the %s export with its type and file name', async (format, type) => {
    const res = await download(format, `Bearer ${workshop.facilitatorToken}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    const date = new Date().toISOString().slice(0, 10);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="tuesday-1-1-training-${date}.${format}"`,
    );
    const body = await res.text();
    if (format === 'csv') expect(body).toContain('"\'=HYPERLINK(""x""), ""dignity""\nat work 🎉"');
    if (format === 'md') expect(body).toContain('# Tuesday 1:1 training');
    if (format === 'ics') expect(body).toContain('SUMMARY:One-on-one: Ana with Cai\\; Dee');
    if (format === 'json') {
      const record = importRecord(body);
      if (!record.ok) throw new Error(record.error.reason);
      expect(record.data.state.code).toBe(workshop.code);
      expect(body).toContain('Private tip');
      expect(body).not.toContain(workshop.facilitatorToken);
    }
  });

  it.each(FORMATS)(
    'gives the note-taker the %s export without what is private to a person and the facilitator',
    async (format, type) => {
      await answerUnsigned();
      const res = await download(format, `Bearer ${noteTaker.id}:${noteTaker.token}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      const body = await res.text();
      for (const secret of ['Private tip', 'Cai', 'Learned', 'Like', 'Wish']) expect(body).not.toContain(secret);
      expect(body).not.toContain(noteTaker.token);
      const facilitatorCopy = await (await download(format, `Bearer ${workshop.facilitatorToken}`)).text();
      if (format === 'md' || format === 'json') {
        for (const secret of ['Cai', 'Learned 1', 'Like 2', 'Wish 3']) expect(facilitatorCopy).toContain(secret);
      }
      if (format === 'json') expect(facilitatorCopy).toContain('Private tip');
    },
  );

  it.each(FORMATS)('refuses the %s export without a key, with a garbled or a wrong one', async (format) => {
    await expectJsonError(await download(format), 401, 'unauthorized');
    await expectJsonError(await download(format, 'Basic abc'), 401, 'unauthorized');
    await expectJsonError(await download(format, 'Bearer not a key'), 401, 'unauthorized');
    await expectJsonError(await download(format, `Bearer ${newToken()}`), 401, 'unauthorized');
    await expectJsonError(await download(format, `Bearer ${noteTaker.id}:${newToken()}`), 401, 'unauthorized');
  });

  it.each(FORMATS)('refuses the %s export to a participant who is not the note-taker', async (format) => {
    await expectJsonError(await download(format, `Bearer ${participant.id}:${participant.token}`), 403, 'forbidden');
  });

  it('writes the note-taker’s Markdown in Spanish when asked with ?lang=es', async () => {
    const res = await download('md?lang=es', `Bearer ${noteTaker.id}:${noteTaker.token}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    for (const heading of ['## Agenda', '## Rotafolio', '### Nuestros valores en común', '## Aprendizajes clave'])
      expect(body).toContain(`${heading}\n`);
    expect(body).toContain('## Lo que no está en esta copia');
    expect(body).not.toContain('## Flipchart');
  });

  it('writes the facilitator’s calendar and cards in Spanish when asked with ?lang=es', async () => {
    const ics = await (await download('ics?lang=es', `Bearer ${workshop.facilitatorToken}`)).text();
    expect(ics).toContain('SUMMARY:Reunión uno a uno: Ana con Cai\\; Dee');
    const csv = await (await download('csv?lang=es', `Bearer ${workshop.facilitatorToken}`)).text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('columna,texto,pareja,autor,hora');
  });

  it('refuses an export in a language it is not written in, before reading the key', async () => {
    for (const query of ['lang=fr', 'lang=', 'lang=es&lang=en', 'lang=__proto__']) {
      const res = await download(`md?${query}`, `Bearer ${workshop.facilitatorToken}`);
      await expectJsonError(res, 400, 'invalid_input');
    }
    const refused = await download('md?lang=xx');
    expect(httpErrorSchema.parse(await refused.json()).error.reason).toBe('export.languageUnknown');
  });

  it('answers 404 for an unknown workshop', async () => {
    await expectJsonError(await download('md', `Bearer ${workshop.facilitatorToken}`, 'ZZZZZZ'), 404, 'not_found');
  });
});

describe('POST /api/workshops/import', () => {
  it('starts a new workshop with the exported agenda, its own code and key', async () => {
    const exported = await (await download('json', `Bearer ${workshop.facilitatorToken}`)).text();
    const res = await fetch(`${server.url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exported,
    });
    expect(res.status).toBe(201);
    const created = createWorkshopResponseSchema.parse(await res.json());
    expect(created.code).not.toBe(workshop.code);
    expect(created.facilitatorToken).not.toBe(workshop.facilitatorToken);
    const original = await snapshotOf(harness, server, workshop);
    const copy = await snapshotOf(harness, server, created);
    expect(copy.state.title).toBe('Tuesday 1:1 training');
    expect(copy.state.agenda).toEqual(original.state.agenda);
    expect(copy.state.participants).toEqual({});
    expect(copy.state.cards).toEqual({});
  });

  it('keeps the whole record on this server when asked to, under a new code and key', async () => {
    const exported = await (await download('json', `Bearer ${workshop.facilitatorToken}`)).text();
    const res = await fetch(`${server.url}/api/workshops/import?keep=record`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exported,
    });
    expect(res.status).toBe(201);
    const created = createWorkshopResponseSchema.parse(await res.json());
    const original = await snapshotOf(harness, server, workshop);
    const copy = await snapshotOf(harness, server, created);
    expect(Object.values(copy.state.cards)).toEqual(Object.values(original.state.cards));
    expect(Object.values(copy.state.participants).map((p) => p.name)).toEqual(['Ana', 'Ben']);
    // The private records came along, and exporting the copy gives the same record again.
    const again = await (await download('json', `Bearer ${created.facilitatorToken}`, created.code)).text();
    const strip = (text: string) => {
      const { state, ...rest } = JSON.parse(text) as { state: Record<string, unknown> } & Record<string, unknown>;
      const { code: _code, seq: _seq, ...kept } = state;
      return { ...rest, state: kept };
    };
    expect(strip(again)).toEqual(strip(exported));
  });

  it('keeps every unsigned evaluation answer, and the same summary, in a kept record', async () => {
    await answerUnsigned();
    const exported = await (await download('json', `Bearer ${workshop.facilitatorToken}`)).text();
    const res = await fetch(`${server.url}/api/workshops/import?keep=record`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exported,
    });
    const created = createWorkshopResponseSchema.parse(await res.json());
    const again = await (await download('json', `Bearer ${created.facilitatorToken}`, created.code)).text();
    const [before, after] = [exported, again].map((text) => {
      const record = importRecord(text);
      if (!record.ok) throw new Error(record.error.reason);
      return summarizeEvaluations(record.data.evaluations);
    });
    expect(after).toMatchObject({ total: 3, mean: 3 });
    expect(after).toEqual(before);
    const markdown = await (await download('md', `Bearer ${created.facilitatorToken}`, created.code)).text();
    expect(markdown).toContain('3 answered; mean rating 3.0 of 5.');
  });

  it('refuses a damaged record with a JSON error', async () => {
    const res = await fetch(`${server.url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'common-ground/workshop-record', version: 1, state: { title: 'x' } }),
    });
    await expectJsonError(res, 400, 'invalid_input');
  });
});
