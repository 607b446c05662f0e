import { randomUUID } from 'node:crypto';
import { DEFAULT_HEARTBEAT } from '@common-ground/server';
import type { Result, SessionSnapshot } from '@common-ground/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, newToken, unwrap } from './helpers.js';
import { connectRawPolling } from './raw-polling.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('a screen that goes silent', () => {
  it('is dropped from presence once it stops answering pings', async () => {
    // Short heartbeats so the test is quick; the production values are checked below.
    const server = await harness.startServer(undefined, { app: { heartbeat: { intervalMs: 200, timeoutMs: 400 } } });
    const workshop = await createWorkshop(server);
    const facilitator = await harness.connect(server);
    unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));

    const laptop = await connectRawPolling(server.url);
    const joined = (await laptop.emitWithAck('session:join', {
      code: workshop.code,
      name: 'Ana',
      token: newToken(),
      commandId: randomUUID(),
    })) as Result<SessionSnapshot>;
    const { identity } = unwrap(joined);
    if (identity.kind !== 'participant') throw new Error('expected to join as a participant');
    await facilitator.presence.until((p) => p.participantIds.includes(identity.participantId));

    // The lid closes: no more polls, no pong, no disconnect message.
    laptop.goSilent();
    const after = await facilitator.presence.until((p) => !p.participantIds.includes(identity.participantId));
    // The facilitator, who answers its pings, is still there.
    expect(after).toEqual({ participantIds: [], facilitator: true, projectors: 0 });
  });

  it('is dropped within 15 seconds with the production heartbeat', () => {
    expect(DEFAULT_HEARTBEAT.intervalMs + DEFAULT_HEARTBEAT.timeoutMs).toBeLessThanOrEqual(15_000);
  });
});
