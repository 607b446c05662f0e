import net from 'node:net';
import type { Credential, CreateWorkshopResponse, Result } from '@common-ground/shared';
import { io, type Socket } from 'socket.io-client';
import type { ClientSocket } from '../server/helpers.js';

/** How long one answer may take before the run reports it as missing. */
export const ANSWER_WITHIN_MS = 5_000;

export type Role = 'facilitator' | 'notetaker' | 'participant';

/** Someone at the workshop: the same person keeps their address and key across restarts. */
export interface Person {
  label: string;
  role: Role;
  /** The loopback address their screen connects from, as if each sat at a device of their own. */
  address: string;
  /** The rejoin key a participant's browser keeps; the facilitator's key for the facilitator. */
  token: string;
  /** Known once the server has answered their join (or, for the facilitator, from the start). */
  credential?: Credential;
}

/**
 * Linux answers on all of 127.0.0.0/8, so each person can connect from an address of their
 * own and a limit per address sees a room of devices, not one. Elsewhere only 127.0.0.1 exists.
 */
export async function loopbackAddresses(count: number): Promise<string[]> {
  const spread = await canBind('127.0.0.2');
  return Array.from({ length: count }, (_, i) => (spread ? `127.0.0.${2 + (i % 250)}` : '127.0.0.1'));
}

function canBind(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(0, address, () => probe.close(() => resolve(true)));
  });
}

export function facilitatorOf(workshop: CreateWorkshopResponse, address: string): Person {
  return {
    label: 'facilitator',
    role: 'facilitator',
    address,
    token: workshop.facilitatorToken,
    credential: { kind: 'facilitator', token: workshop.facilitatorToken },
  };
}

/** One screen's connection, from the person's own address; rejects if it cannot connect. */
export async function connectAs(url: string, person: Person): Promise<ClientSocket> {
  // `localAddress` reaches the websocket in Node but is missing from socket.io-client's types.
  const options: Parameters<typeof io>[1] & { localAddress: string } = {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    localAddress: person.address,
  };
  const socket: ClientSocket = io(url, options);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', (error) => reject(new Error(`${person.label} could not connect: ${error.message}`)));
  });
  return socket;
}

/** Sends any message and waits for its answer; a missing answer is an error that says which. */
export async function ask(socket: ClientSocket, event: string, payload: unknown): Promise<Result<unknown>> {
  const untyped = socket as unknown as Socket;
  try {
    return (await untyped.timeout(ANSWER_WITHIN_MS).emitWithAck(event, payload)) as Result<unknown>;
  } catch {
    throw new Error(`no answer to ${event} ${JSON.stringify(payload)} within ${ANSWER_WITHIN_MS} ms`);
  }
}

/** Opens a screen for someone the workshop already knows. */
export async function resumeAs(url: string, code: string, person: Person): Promise<ClientSocket> {
  if (!person.credential) throw new Error(`${person.label} has no credential to resume with`);
  const socket = await connectAs(url, person);
  const resumed = await ask(socket, 'session:resume', { code, credential: person.credential });
  if (!resumed.ok) throw new Error(`${person.label} could not resume: ${resumed.error.code} ${resumed.error.reason}`);
  return socket;
}

/** Resolves once the socket has noticed that the server is gone. */
export function disconnected(socket: ClientSocket): Promise<void> {
  if (!socket.connected) return Promise.resolve();
  return new Promise((resolve) => socket.once('disconnect', () => resolve()));
}

export async function createWorkshopOver(url: string, title: string): Promise<CreateWorkshopResponse> {
  const res = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (res.status !== 201) throw new Error(`creating a workshop answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as CreateWorkshopResponse;
}
