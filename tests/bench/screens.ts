import { randomBytes, randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';

/** How long one answer may take during setup before the run gives up on it. */
const ANSWER_WITHIN_MS = 30_000;

let nextAddress = 0;

/**
 * A made-up address for each screen, sent as X-Forwarded-For (the server trusts it from
 * loopback, as behind its own proxy): each person sits at a device of their own, as in a
 * room of laptops, so the per-address limits see many addresses and not one.
 */
function ownAddress(): string {
  nextAddress += 1;
  const n = nextAddress;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** One screen's socket, connected over websocket from an address of its own. */
export async function connect(url: string): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { 'x-forwarded-for': ownAddress() },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', (error) => reject(new Error(`could not connect: ${error.message}`)));
  });
  return socket;
}

interface Answer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; reason?: string; retryAfterMs?: number };
}

/**
 * Sends one message and waits for its answer; a refusal is an error that names it. Setup sends
 * faster than a person: past the rate limit it waits as told and sends the same message again.
 */
export async function ask<T>(socket: Socket, event: string, payload: object): Promise<T> {
  for (;;) {
    const answer = (await socket.timeout(ANSWER_WITHIN_MS).emitWithAck(event, payload)) as Answer;
    if (answer.ok) return answer.data as T;
    if (answer.error?.code !== 'rate_limited') {
      throw new Error(`${event} was refused: ${answer.error?.code} ${answer.error?.reason ?? ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, answer.error?.retryAfterMs ?? 200));
  }
}

export function command<T>(socket: Socket, type: string, payload: object): Promise<T> {
  return ask<T>(socket, type, { ...payload, commandId: randomUUID() });
}

/** The key a participant's browser makes and keeps to come back as the same person. */
export function browserKey(): string {
  return randomBytes(32).toString('base64url');
}

/** A workshop's code and its facilitator's key, as POST /api/workshops answers them. */
export interface WorkshopKeys {
  code: string;
  facilitatorToken: string;
}
