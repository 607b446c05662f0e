import type { CommandPayload, CommandType } from '../domain/core/commands.js';
import type { SequencedEvent } from '../domain/core/events.js';
import type { Result } from './errors.js';
import type { Presence, SessionJoin, SessionResume, SessionSnapshot } from './session.js';
import type { TimeSyncAnswer } from './time-sync.js';
import type { DocEnvelope } from '../private-docs/doc-kind.js';
import type { DocChange, DocList, DocOpen } from './private-doc-messages.js';
import type { EvaluationSummary } from '../domain/evaluation/evaluation.js';

export type Ack<T> = (result: Result<T>) => void;

/** What the server answers to an accepted command: the sequence number it reached. */
export interface CommandAccepted {
  seq: number;
}

/** A command as it travels: its payload plus the id that makes a retry harmless. */
export type CommandMessage<K extends CommandType> = CommandPayload<K> & { commandId: string };

type CommandEvents = {
  [K in CommandType]: (message: CommandMessage<K>, ack: Ack<CommandAccepted>) => void;
};

/** Every event a browser may send. The server validates each payload with its schema. */
export type ClientToServerEvents = CommandEvents & {
  'session:join': (message: SessionJoin, ack: Ack<SessionSnapshot>) => void;
  'session:resume': (message: SessionResume, ack: Ack<SessionSnapshot>) => void;
  'time:sync': (message: Record<string, never>, ack: Ack<TimeSyncAnswer>) => void;
  /** One private document, every one of a kind the reader may read, a change to one. */
  'doc:open': (message: DocOpen, ack: Ack<DocEnvelope>) => void;
  'doc:list': (message: DocList, ack: Ack<DocEnvelope[]>) => void;
  'doc:change': (message: DocChange, ack: Ack<DocEnvelope>) => void;
  /** The anonymous summary: the facilitator any time; the projector while it is shown. */
  'evaluation:summary': (message: Record<string, never>, ack: Ack<EvaluationSummary>) => void;
};

/** Every event the server sends. */
export interface ServerToClientEvents {
  'workshop:events': (message: { events: SequencedEvent[] }) => void;
  'presence:changed': (message: Presence) => void;
  /** To a participant's own screens when they left or the facilitator removed them: nothing follows. */
  'session:ended': (message: { reason: 'left' | 'removed' }) => void;
  /** A private document changed: to its audience's own rooms only. Apply it if its version is newer. */
  'doc:changed': (message: DocEnvelope) => void;
  /** To everyone, and only while the facilitator shows the summary on the projector. */
  'evaluation:summary-changed': (message: { summary: EvaluationSummary }) => void;
}
