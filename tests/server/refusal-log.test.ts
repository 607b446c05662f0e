import { randomUUID } from 'node:crypto';
import { createLogger } from '@common-ground/server';
import { fail, type AppError } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefusalLog, REFUSAL_WINDOW_MS } from '../../server/src/realtime/refusal-log.js';
import { createWorkshop, Harness, unwrap } from './helpers.js';

interface LogLine {
  msg: string;
  event?: string;
  error?: string;
  refused?: Record<string, number>;
  windowMs?: number;
}

/** A logger whose lines the test reads back, as pino writes them. */
function capturedLogger() {
  const lines: LogLine[] = [];
  const log = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { log, lines };
}

function errorOf(code: AppError['code']): AppError {
  const result = fail(code, 'message.invalid', { field: 'text' });
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

const context = { socketId: 'socket-1', code: 'ABC234' };
const summaries = (lines: LogLine[]) => lines.filter((line) => line.refused);
const summed = (lines: LogLine[]) =>
  summaries(lines).reduce((total, line) => total + Object.values(line.refused ?? {}).reduce((a, b) => a + b, 0), 0);

describe('the refusal log', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a bounded number of lines for 10,000 refusals, and the summaries count every one', () => {
    const { log, lines } = capturedLogger();
    const refusals = new RefusalLog(log);
    const kinds: Array<[string, AppError]> = [
      ['card:add', errorOf('invalid_input')],
      ['card:add', errorOf('rate_limited')],
      ['session:join', errorOf('invalid_input')],
    ];
    // Three windows' worth: one refusal every 3 ms for 30 seconds.
    for (let i = 0; i < 10_000; i++) {
      const [event, error] = kinds[i % kinds.length]!;
      refusals.record(event, error, context);
      vi.advanceTimersByTime(3);
    }
    vi.advanceTimersByTime(REFUSAL_WINDOW_MS);

    // Per window: the first refusal of each of the three kinds, then one summary.
    expect(lines).toHaveLength(3 * (3 + 1));
    expect(summaries(lines)).toHaveLength(3);
    expect(summed(lines)).toBe(10_000);
    expect(summaries(lines)[0]).toMatchObject({
      msg: 'refusals in the last window',
      windowMs: REFUSAL_WINDOW_MS,
      refused: {
        'card:add/invalid_input': expect.any(Number),
        'card:add/rate_limited': expect.any(Number),
        'session:join/invalid_input': expect.any(Number),
      },
    });
    expect(lines[0]).toMatchObject({
      msg: 'refused',
      event: 'card:add',
      error: 'invalid_input',
      socketId: 'socket-1',
      code: 'ABC234',
    });
  });

  it('logs nothing and keeps no timer once refusals stop', () => {
    const { log, lines } = capturedLogger();
    const refusals = new RefusalLog(log);
    expect(vi.getTimerCount()).toBe(0);
    refusals.record('card:add', errorOf('invalid_input'), context);
    vi.advanceTimersByTime(REFUSAL_WINDOW_MS * 6);
    // One refusal is its own line; with nothing left uncounted there is no summary.
    expect(lines.map((line) => line.msg)).toEqual(['refused']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('logs the first refusal of a kind again in the next window', () => {
    const { log, lines } = capturedLogger();
    const refusals = new RefusalLog(log);
    refusals.record('card:add', errorOf('invalid_input'), context);
    vi.advanceTimersByTime(REFUSAL_WINDOW_MS);
    refusals.record('card:add', errorOf('invalid_input'), context);
    expect(lines.map((line) => line.msg)).toEqual(['refused', 'refused']);
  });

  it('writes what it still counted when closed, and stops its timer', () => {
    const { log, lines } = capturedLogger();
    const refusals = new RefusalLog(log);
    for (let i = 0; i < 5; i++) refusals.record('card:add', errorOf('invalid_input'), context);
    refusals.close();
    expect(summaries(lines)).toEqual([expect.objectContaining({ refused: { 'card:add/invalid_input': 5 } })]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('refusals over a real socket', () => {
  const harness = new Harness();
  afterEach(() => harness.cleanup());

  it('logs a flood of malformed cards in a few lines, and never what was sent', async () => {
    const { log, lines } = capturedLogger();
    const server = await harness.startServer(undefined, { log });
    const workshop = await createWorkshop(server);
    const facilitator = await harness.connect(server);
    unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    const secretText = 'x'.repeat(600);

    const answers = await Promise.all(
      // Fewer than would get the socket disconnected for ignoring its rate limit.
      Array.from({ length: 200 }, () =>
        facilitator.sendRaw('card:add', { column: 'values', text: secretText, commandId: randomUUID() }),
      ),
    );
    expect(answers.every((answer) => (answer as { ok: boolean }).ok === false)).toBe(true);
    await server.close();

    const refusalLines = lines.filter((line) => line.msg === 'refused' || line.refused);
    // The first invalid_input and the first rate_limited, then the summary written on close.
    expect(refusalLines.length).toBeLessThanOrEqual(3);
    expect(summed(lines)).toBe(200);
    expect(JSON.stringify(lines)).not.toContain(secretText);
    expect(JSON.stringify(lines)).not.toContain(workshop.facilitatorToken);
  });
});
