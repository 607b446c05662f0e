import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import { enterCommonGround, enterRelay, type Room, type RoomShape } from './rooms.js';
import type { WorkshopKeys } from './screens.js';

/**
 * One load-generating process. The parent gives it workshops to fill; it opens every screen of
 * each, then changes cards and moves clocks at a steady rate and measures, on every screen
 * other than the sender's, the time from the sender's emit to the change's arrival. All screens
 * of a workshop live in this one process, so one clock (performance.now) times both ends.
 */
export type ToWorker =
  | { type: 'enter'; target: 'common-ground' | 'relay'; urls: string[]; workshops: WorkshopKeys[]; shape: RoomShape }
  | { type: 'run'; changesPerSecond: number; clockEveryMs: number; warmupMs: number; durationMs: number }
  | { type: 'leave' };

export type FromWorker =
  | { type: 'entered' }
  | { type: 'result'; latencies: number[]; sent: number; missing: number; refused: number }
  | { type: 'failed'; message: string };

/** Each change's text is this long, as in a card someone types. */
const TEXT_BYTES = 80;
/** How long after the last change the run still waits for arrivals before counting what is missing. */
const DRAIN_MS = 2_000;

interface Sent {
  at: number;
  sender: Socket;
  /** Screens still to receive it while it counts. */
  waiting: number;
  counted: boolean;
}

let rooms: Room[] = [];

function send(message: FromWorker): void {
  process.send?.(message);
}

async function enter(message: Extract<ToWorker, { type: 'enter' }>): Promise<void> {
  const open = message.target === 'relay' ? enterRelay : enterCommonGround;
  rooms = await Promise.all(message.workshops.map((keys) => open(message.urls, keys, message.shape)));
  send({ type: 'entered' });
}

async function run(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const latencies: number[] = [];
  const inFlight = new Map<string, Sent>();
  let sent = 0;
  let refused = 0;
  const start = performance.now();
  const countFrom = start + message.warmupMs;
  const stopAt = countFrom + message.durationMs;

  for (const room of rooms) {
    for (const screen of room.screens) {
      screen.on('workshop:events', ({ events }: { events: Array<{ event: { type: string; text?: string } }> }) => {
        const now = performance.now();
        for (const { event } of events) {
          if (event.type !== 'card:edited' || !event.text) continue;
          const id = event.text.slice(0, event.text.indexOf('|'));
          const change = inFlight.get(id);
          if (!change || change.sender === screen) continue;
          if (change.counted) latencies.push(now - change.at);
          change.waiting -= 1;
          if (change.waiting === 0) inFlight.delete(id);
        }
      });
    }
  }

  const timers: NodeJS.Timeout[] = [];
  const answered = (answer: { ok: boolean }): void => {
    if (!answer.ok) refused += 1;
  };
  rooms.forEach((room, r) => {
    let turn = 0;
    const change = (): void => {
      const now = performance.now();
      if (now >= stopAt) return;
      const sender = room.senders[turn % room.senders.length] as Socket;
      const cardId = room.cardIds[turn % room.cardIds.length];
      turn += 1;
      const id = `r${r}c${turn}`;
      inFlight.set(id, { at: now, sender, waiting: room.screens.length - 1, counted: now >= countFrom });
      if (now >= countFrom) sent += 1;
      const text = `${id}|`.padEnd(TEXT_BYTES, 'x');
      sender.emit('card:edit', { cardId, text, commandId: crypto.randomUUID() }, answered);
    };
    let minutes = 1;
    const moveClock = (): void => {
      room.facilitator.emit('clock:adjust', { minutes, commandId: crypto.randomUUID() }, answered);
      minutes = -minutes;
    };
    // Each workshop starts at its own moment, as rooms do, not all on the same millisecond.
    const offset = Math.random() * (1000 / message.changesPerSecond);
    timers.push(
      setTimeout(() => {
        timers.push(setInterval(change, 1000 / message.changesPerSecond));
        if (message.clockEveryMs > 0) timers.push(setInterval(moveClock, message.clockEveryMs));
      }, offset),
    );
  });

  await new Promise((resolve) => setTimeout(resolve, stopAt - start + DRAIN_MS));
  timers.forEach(clearTimeout);
  timers.forEach(clearInterval);
  let missing = 0;
  for (const change of inFlight.values()) if (change.counted) missing += change.waiting;
  for (const room of rooms) for (const screen of room.screens) screen.off('workshop:events');
  send({ type: 'result', latencies, sent, missing, refused });
}

process.on('message', (message: ToWorker) => {
  const step = message.type === 'enter' ? enter(message) : message.type === 'run' ? run(message) : undefined;
  if (message.type === 'leave') {
    for (const room of rooms) for (const screen of room.screens) screen.disconnect();
    process.exit(0);
  }
  step?.catch((error: unknown) => send({ type: 'failed', message: String(error) }));
});
