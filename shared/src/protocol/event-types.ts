import type { Ack, ClientToServerEvents } from './socket-events.js';

/** The name of an event a browser may send: a misspelled one is not a `ClientEvent`. */
export type ClientEvent = keyof ClientToServerEvents;

/** What a browser's `event` carries, read from the one event map so it is never written twice. */
export type MessageOf<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[0];

/** What the server answers to `event` when it accepts it (the `data` of its `Result`). */
export type AnswerOf<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[1] extends Ack<infer T> ? T : never;
