import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { ask, browserKey, command, connect, type WorkshopKeys } from './screens.js';

/** What a load needs of one workshop: every screen in it, who may change cards, and which cards. */
export interface Room {
  /** Every screen: the facilitator, each participant and the projector. */
  screens: Socket[];
  /** Those who change the board: the facilitator and the note-takers. */
  senders: Socket[];
  /** The one who moves the clock. */
  facilitator: Socket;
  cardIds: string[];
}

export interface RoomShape {
  participants: number;
  notetakers: number;
  cards: number;
}

/**
 * Enters a Common Ground workshop the way its screens do: resume, join, and a projector. With
 * several processes (`urls`), screens alternate between them: the facilitator on the first, the
 * first participant (the note-taker) and the projector on the second, so each change reaches
 * half its screens through another process.
 */
export async function enterCommonGround(urls: string[], keys: WorkshopKeys, shape: RoomShape): Promise<Room> {
  const { code } = keys;
  const at = (screen: number): string => urls[screen % urls.length] as string;
  const facilitator = await connect(at(0));
  const cardIds: string[] = [];
  facilitator.on('workshop:events', ({ events }: { events: Array<{ event: { type: string; cardId?: string } }> }) => {
    for (const { event } of events) if (event.type === 'card:added' && event.cardId) cardIds.push(event.cardId);
  });
  const snapshot = await ask<{ projectorToken?: string }>(facilitator, 'session:resume', {
    code,
    credential: { kind: 'facilitator', token: keys.facilitatorToken },
  });
  const participants: Array<{ socket: Socket; id: string }> = [];
  for (let i = 0; i < shape.participants; i += 1) {
    const socket = await connect(at(i + 1));
    const joined = await ask<{ identity: { participantId: string } }>(socket, 'session:join', {
      commandId: randomUUID(),
      code,
      name: `Person ${i + 1}`,
      token: browserKey(),
    });
    participants.push({ socket, id: joined.identity.participantId });
  }
  const notetakers = participants.slice(0, shape.notetakers);
  for (const person of notetakers) {
    await command(facilitator, 'participant:assign-role', { participantId: person.id, role: 'notetaker' });
  }
  for (let i = 0; i < shape.cards; i += 1) {
    await command(facilitator, 'card:add', { column: 'values', text: `Card ${i + 1}` });
  }
  const projector = await connect(at(1));
  await ask(projector, 'session:resume', { code, credential: { kind: 'projector', token: snapshot.projectorToken } });
  return {
    screens: [facilitator, ...participants.map((p) => p.socket), projector],
    senders: [facilitator, ...notetakers.map((p) => p.socket)],
    facilitator,
    cardIds,
  };
}

/** The same screens in the bare relay: each enters its room; cards are made-up ids. */
export async function enterRelay(urls: string[], keys: WorkshopKeys, shape: RoomShape): Promise<Room> {
  const screens: Socket[] = [];
  for (let i = 0; i < shape.participants + 2; i += 1) {
    const socket = await connect(urls[i % urls.length] as string);
    await ask(socket, 'session:join', { commandId: randomUUID(), code: keys.code, name: `Person ${i}`, token: '' });
    screens.push(socket);
  }
  const facilitator = screens[0] as Socket;
  return {
    screens,
    senders: screens.slice(0, shape.notetakers + 1),
    facilitator,
    cardIds: Array.from({ length: shape.cards }, () => randomUUID()),
  };
}
