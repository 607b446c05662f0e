import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import { LIMITS } from '@common-ground/shared';
import { startCommonGround } from './processes.js';
import { ask, browserKey, command, connect } from './screens.js';
import { percentiles, type Percentiles } from './stats.js';

/** A person's rate limit lets each one send about this many notes at once. */
const CARDS_PER_WRITER = 25;

/**
 * A workshop whose flipchart holds `cards` cards, then `screens` screens opening it at the
 * same moment (each a participant's `session:resume`, answered with the whole state): the time
 * from each screen's ask to its answer.
 */
export async function joinFullBoard(screens: number, cards: number = LIMITS.cardsPerWorkshop): Promise<Percentiles> {
  const server = await startCommonGround();
  const sockets: Socket[] = [];
  try {
    const res = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'A full board' }),
    });
    const { code, facilitatorToken } = (await res.json()) as { code: string; facilitatorToken: string };
    const facilitator = await connect(server.url);
    sockets.push(facilitator);
    await ask(facilitator, 'session:resume', { code, credential: { kind: 'facilitator', token: facilitatorToken } });

    const people: Array<{ participantId: string; token: string; socket: Socket }> = [];
    for (let i = 0; i < Math.max(screens, Math.ceil(cards / CARDS_PER_WRITER)); i += 1) {
      const socket = await connect(server.url);
      sockets.push(socket);
      const token = browserKey();
      const joined = await ask<{ identity: { participantId: string } }>(socket, 'session:join', {
        commandId: randomUUID(),
        code,
        name: `Person ${i + 1}`,
        token,
      });
      people.push({ participantId: joined.identity.participantId, token, socket });
    }
    // Notes from pairs go straight onto the flipchart, so many people can fill it at once.
    await command(facilitator, 'settings:update', { notesFlow: 'direct' });
    const writers = people.slice(0, Math.ceil(cards / CARDS_PER_WRITER));
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let c = w; c < cards; c += writers.length) {
          const text = `Card ${c + 1}: what this person cares about, in their own words`.padEnd(80, '.');
          await command(writer.socket, 'card:suggest', { column: 'values', text });
        }
      }),
    );

    const openers = await Promise.all(people.slice(0, screens).map(() => connect(server.url)));
    sockets.push(...openers);
    const times = await Promise.all(
      openers.map(async (socket, i) => {
        const person = people[i]!;
        const started = performance.now();
        await ask(socket, 'session:resume', {
          code,
          credential: { kind: 'participant', participantId: person.participantId, token: person.token },
        });
        return performance.now() - started;
      }),
    );
    return percentiles(times);
  } finally {
    for (const socket of sockets) socket.disconnect();
    await server.stop();
  }
}
