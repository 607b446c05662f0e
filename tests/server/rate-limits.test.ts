import { performance } from 'node:perf_hooks';
import { DEFAULT_RATE_RULES } from '@common-ground/server';
import type { Credential, Result } from '@common-ground/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, newToken, send, unwrap, type TestClient, type TestServer } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

async function participant(server: TestServer, code: string, name: string) {
  const client = await harness.connect(server);
  const token = newToken();
  const joined = unwrap(await client.join(code, name, { token }));
  if (joined.identity.kind !== 'participant') throw new Error(`${name} is not a participant`);
  const credential: Credential = { kind: 'participant', participantId: joined.identity.participantId, token };
  return { client, credential };
}

/** The median time a person waits for the answers to `count` actions sent one after another. */
async function medianAnswerMs(client: TestClient, count: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    unwrap(await send(client, 'readiness:answer', { choice: i % 2 === 0 ? 'ready' : 'observe-more' }));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

describe('rate limits per person, across every socket of theirs', () => {
  it('keeps one person’s flood from many sockets from slowing anyone else', async () => {
    const server = await harness.startServer();
    const workshop = await createWorkshop(server);
    const ben = await participant(server, workshop.code, 'Ben');
    const ana = await participant(server, workshop.code, 'Ana');
    const anaScreens: TestClient[] = [ana.client];
    for (let i = 1; i < 25; i += 1) {
      const screen = await harness.connect(server);
      unwrap(await screen.resume(workshop.code, ana.credential));
      anaScreens.push(screen);
    }

    const calm = await medianAnswerMs(ben.client, 12);

    const floodStarted = performance.now();
    const flood = anaScreens.flatMap((screen) =>
      Array.from(
        { length: 40 },
        (_, i) =>
          send(screen, 'readiness:answer', { choice: i % 2 === 0 ? 'ready' : 'observe-more' }) as Promise<
            Result<unknown>
          >,
      ),
    );
    const duringFlood = await medianAnswerMs(ben.client, 12);
    const answers = await Promise.all(flood);
    const floodSeconds = (performance.now() - floodStarted) / 1000;

    // 25 screens buy Ana no more than one screen's budget ...
    const accepted = answers.filter((answer) => answer.ok).length;
    const { burst, perSecond } = DEFAULT_RATE_RULES.personMessages;
    expect(accepted).toBeLessThanOrEqual(Math.ceil(burst + perSecond * floodSeconds));
    const refused = answers.find((answer) => !answer.ok);
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited', retryAfterMs: expect.any(Number) } });
    // ... and Ben's answers come about as fast as without her flood (a ratio, not milliseconds:
    // without per-person limits it was over 100 times slower).
    console.log(`Ben's median answer: ${calm.toFixed(2)} ms calm, ${duringFlood.toFixed(2)} ms during the flood`);
    expect(duringFlood / Math.max(calm, 0.5)).toBeLessThan(8);
  });

  it('disconnects a socket that keeps sending long after it is told to wait', async () => {
    const server = await harness.startServer();
    const workshop = await createWorkshop(server);
    const { client } = await participant(server, workshop.code, 'Ana');
    const dropped = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    const { refusals, personMessages } = DEFAULT_RATE_RULES;
    const flood = personMessages.burst + refusals.burst + 50;
    for (let i = 0; i < flood; i += 1) client.socket.emit('time:sync', {}, () => undefined);
    expect(await dropped).toBe('io server disconnect');
  });
});

describe('rate limits per address', () => {
  it('lets a room join from one address but stops a script filling the workshop', async () => {
    // A clock that stands still: no token refills while the room joins, whatever the machine's speed.
    const frozen = Date.now();
    const server = await harness.startServer(undefined, { now: () => frozen });
    const workshop = await createWorkshop(server);
    const client = await harness.connect(server);
    const { burst } = DEFAULT_RATE_RULES.joins;
    for (let i = 0; i < burst; i += 1) {
      unwrap(await client.join(workshop.code, `Person ${i}`));
    }
    expect(await client.join(workshop.code, 'One too many')).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', retryAfterMs: expect.any(Number) },
    });
  });

  it('answers 429 with Retry-After once an address has created its share of workshops', async () => {
    const server = await harness.startServer(undefined, {
      app: { rateRules: { creates: { burst: 3, perSecond: 1 / 60 } } },
    });
    for (let i = 0; i < 3; i += 1) await createWorkshop(server);
    const res = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'One more' }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(await res.json()).toEqual({ error: { code: 'rate_limited', reason: 'request.tooMany' } });
  });

  it('refuses an import past the limit before reading its body', async () => {
    const server = await harness.startServer(undefined, {
      app: { rateRules: { imports: { burst: 1, perSecond: 1 / 120 } } },
    });
    const post = () =>
      fetch(`${server.url}/api/workshops/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ format: 'not a record' }),
      });
    expect((await post()).status).toBe(400);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('120');
  });

  it('stops guessing join codes, over HTTP and over the socket alike', async () => {
    const server = await harness.startServer(undefined, {
      app: { rateRules: { codeMisses: { burst: 3, perSecond: 0.01 } } },
    });
    const workshop = await createWorkshop(server);
    for (const code of ['AAAAAA', 'BBBBBB']) {
      expect((await fetch(`${server.url}/api/workshops/${code}`)).status).toBe(404);
    }
    const client = await harness.connect(server);
    expect(await client.join('CCCCCC', 'Guess')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const limited = await fetch(`${server.url}/api/workshops/DDDDDD`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(1);
    // While guessing is stopped, even a right code waits: a guesser cannot tell a hit.
    expect((await fetch(`${server.url}/api/workshops/${workshop.code}`)).status).toBe(429);
    expect(await client.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken })).toMatchObject(
      { ok: false, error: { code: 'rate_limited' } },
    );
  });

  it('limits exports per person, whatever address they come from', async () => {
    const server = await harness.startServer(undefined, {
      app: { rateRules: { exports: { burst: 2, perSecond: 1 / 3 } } },
    });
    const workshop = await createWorkshop(server);
    let hop = 0;
    // Each download through our own proxy from a different address: the person's budget still holds.
    const download = () =>
      fetch(`${server.url}/api/workshops/${workshop.code}/export.md`, {
        headers: { authorization: `Bearer ${workshop.facilitatorToken}`, 'x-forwarded-for': `10.0.0.${++hop}` },
      });
    expect((await download()).status).toBe(200);
    expect((await download()).status).toBe(200);
    const limited = await download();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
  });
});
