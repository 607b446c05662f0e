import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';

/**
 * The baseline: a bare socket.io relay that answers the same messages with the same shapes as
 * Common Ground (a snapshot-sized ack to enter, `{ ok, data: { seq } }` to a change, one
 * `workshop:events` to the whole room) and does nothing else: no rules, no storage, no checks.
 * What Common Ground costs on top of socket.io is the difference between the two.
 * Run as its own process; it prints its port as `{"port":N}` on its first line.
 */
interface Entered {
  code: string;
}

const seqs = new Map<string, number>();
const httpServer = createServer();
const io = new Server(httpServer, { transports: ['websocket'] });

function enter(socket: Socket, message: { code?: unknown }, ack: unknown): void {
  const code = String(message.code);
  (socket.data as Entered).code = code;
  void socket.join(code);
  if (typeof ack === 'function') ack({ ok: true, data: { identity: { kind: 'projector' }, state: null } });
}

function relay(socket: Socket, event: Record<string, unknown>, ack: unknown): void {
  const { code } = socket.data as Entered;
  const seq = (seqs.get(code) ?? 0) + 1;
  seqs.set(code, seq);
  if (typeof ack === 'function') ack({ ok: true, data: { seq } });
  io.to(code).emit('workshop:events', { events: [{ seq, at: Date.now(), event }] });
}

io.on('connection', (socket) => {
  socket.on('session:join', (message: { code?: unknown }, ack: unknown) => enter(socket, message, ack));
  socket.on('session:resume', (message: { code?: unknown }, ack: unknown) => enter(socket, message, ack));
  socket.on('card:edit', (message: { cardId?: unknown; text?: unknown }, ack: unknown) =>
    relay(socket, { type: 'card:edited', cardId: message.cardId, text: message.text }, ack),
  );
  socket.on('clock:adjust', (message: { minutes?: unknown }, ack: unknown) =>
    relay(socket, { type: 'clock:adjusted', deltaMs: Number(message.minutes) * 60_000 }, ack),
  );
});

httpServer.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (httpServer.address() as AddressInfo).port }));
});
