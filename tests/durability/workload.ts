import { randomUUID } from 'node:crypto';
import { COLUMNS, POST_KINDS, type Result, type SessionSnapshot } from '@common-ground/shared';
import type { Socket } from 'socket.io-client';
import type { ClientSocket } from '../server/helpers.js';
import type { Ledger, SentCommand, Trace } from './ledger.js';
import { connectAs, disconnected, resumeAs, type Person } from './people.js';

/**
 * Each screen sends one command every 150-300 ms, about 4.5 a second: below the server's limit
 * per person (10 a second, bursts of 30), so no refusal muddies what was acknowledged.
 */
const MIN_GAP_MS = 150;
const JITTER_MS = 150;
/** If the answers stop flowing before the kill, something else is wrong: say so. */
const STALL_MS = 20_000;

export interface Load {
  url: string;
  code: string;
  /** Who takes part; those without a credential join by name during the load. */
  people: Person[];
  ledger: Ledger;
  /** Makes every text of this cycle unique, so each effect can be found and counted. */
  tag: string;
  /** The answers are the clock: the server is killed right after this many have arrived. */
  killAfterAnswers: number;
  /**
   * `answer`: kill the moment that answer arrives. `send`: wait for the next command to leave,
   * then kill at once, while the server may be applying it: the case where an answer is lost.
   */
  killOn: 'answer' | 'send';
  kill: () => Promise<void>;
  random: () => number;
}

/** Every event any screen received before the kill, by seq, as JSON, and any disagreement. */
export interface Observed {
  events: Map<number, string>;
  disagreements: string[];
}

/** Runs every screen at once until the server is killed, then waits until each noticed. */
export async function loadUntilKilled(load: Load): Promise<Observed> {
  const observed: Observed = { events: new Map(), disagreements: [] };
  const sockets = await Promise.all(
    load.people.map((person) =>
      person.credential ? resumeAs(load.url, load.code, person) : connectAs(load.url, person),
    ),
  );
  for (const socket of sockets) watchEvents(socket, observed);

  let answers = 0;
  let armed = false;
  let killed = false;
  const stopped = new Promise<void>((resolve, reject) => {
    const stall = setTimeout(
      () => reject(new Error(`only ${answers} answers arrived in ${STALL_MS} ms; the kill never came`)),
      STALL_MS,
    );
    const kill = (): void => {
      if (killed) return;
      killed = true;
      clearTimeout(stall);
      load.kill().then(resolve, reject);
    };
    const pace: Pace = {
      onAnswer: () => {
        answers += 1;
        if (answers !== load.killAfterAnswers) return;
        if (load.killOn === 'answer') kill();
        else armed = true;
      },
      afterSend: () => {
        if (armed) kill();
      },
    };
    sockets.forEach((socket, i) => drive(load, load.people[i] as Person, socket, pace));
  });
  try {
    await stopped;
    await Promise.all(sockets.map(disconnected));
  } finally {
    for (const socket of sockets) socket.disconnect();
  }
  return observed;
}

function watchEvents(socket: ClientSocket, observed: Observed): void {
  socket.on('workshop:events', ({ events }) => {
    for (const { seq, event } of events) {
      const json = JSON.stringify(event);
      const earlier = observed.events.get(seq);
      if (earlier !== undefined && earlier !== json) {
        observed.disagreements.push(`two screens received different events as seq ${seq}: ${earlier} and ${json}`);
      }
      observed.events.set(seq, json);
    }
  });
}

/** The answers are the test's clock: these hooks let it pick the moment to kill. */
interface Pace {
  onAnswer: () => void;
  afterSend: () => void;
}

/** One screen's loop: join if needed, then a command of its role at its own pace, without waiting for answers. */
function drive(load: Load, person: Person, socket: ClientSocket, pace: Pace): void {
  let count = 0;
  let joining = false;
  const tick = (): void => {
    if (!socket.connected) return;
    if (!person.credential) {
      if (!joining) {
        joining = true;
        send(load, person, socket, joinMessage(load, person), pace);
      }
    } else {
      count += 1;
      send(load, person, socket, commandFor(load, person, `${load.tag} ${person.label} #${count}`), pace);
    }
    setTimeout(tick, MIN_GAP_MS + load.random() * JITTER_MS);
  };
  setTimeout(tick, load.random() * JITTER_MS);
}

interface Outgoing {
  event: string;
  payload: Record<string, unknown>;
  trace: Trace;
}

function joinMessage(load: Load, person: Person): Outgoing {
  const name = `${load.tag} ${person.label}`;
  return {
    event: 'session:join',
    payload: { code: load.code, name, token: person.token },
    trace: { list: 'participants', text: name },
  };
}

function commandFor(load: Load, person: Person, text: string): Outgoing {
  const pick = <T>(options: readonly T[]): T => options[Math.floor(load.random() * options.length)] as T;
  const column = pick(COLUMNS);
  const either = load.random() < 0.5;
  switch (person.role) {
    case 'facilitator':
      return { event: 'card:add', payload: { column, text }, trace: { list: 'cards', text } };
    case 'notetaker':
      return either
        ? { event: 'card:add', payload: { column, text }, trace: { list: 'cards', text } }
        : { event: 'learning:add', payload: { text }, trace: { list: 'learnings', text } };
    case 'participant':
      return either
        ? { event: 'card:suggest', payload: { column, text }, trace: { list: 'suggestions', text } }
        : { event: 'post:add', payload: { kind: pick(POST_KINDS), text }, trace: { list: 'posts', text } };
  }
}

function send(load: Load, person: Person, socket: ClientSocket, outgoing: Outgoing, pace: Pace): void {
  const message = { ...outgoing.payload, commandId: randomUUID() };
  const entry = load.ledger.record({ person, event: outgoing.event, message, trace: outgoing.trace });
  // No timeout: an answer that never comes is the point. The entry stays in flight.
  (socket as unknown as Socket).emit(outgoing.event, message, (result: Result<unknown>) => {
    settle(entry, result);
    pace.onAnswer();
  });
  pace.afterSend();
}

/** Writes down what the server answered; a join's answer also tells the person who they are. */
export function settle(entry: SentCommand, result: Result<unknown>): void {
  if (!result.ok) {
    entry.outcome = 'refused';
    entry.refusal = `${result.error.code}: ${result.error.reason}`;
    return;
  }
  entry.outcome = 'acknowledged';
  if (entry.event !== 'session:join') {
    entry.answer = result.data;
    return;
  }
  const { identity } = result.data as SessionSnapshot;
  entry.answer = identity;
  if (identity.kind === 'participant') {
    entry.person.credential = { kind: 'participant', participantId: identity.participantId, token: entry.person.token };
  }
}
