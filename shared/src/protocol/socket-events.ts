import type { CommandPayload, CommandType } from '../domain/commands.js';
import type { SequencedEvent } from '../domain/events.js';
import type { Result } from './errors.js';
import type { Presence, SessionJoin, SessionResume, SessionSnapshot } from './session.js';
import type { TimeSyncAnswer } from './time-sync.js';
import type { Notebook } from '../domain/notebook.js';
import type { NotebookChangeMessage, NotebookOpen } from './notebook-messages.js';
import type { FollowUp } from '../domain/follow-up.js';
import type { FollowUpChangeMessage, FollowUpOpen } from './follow-up-messages.js';
import type { EvaluationAnswer, EvaluationSummary, Reflection } from '../domain/evaluation.js';

/** Everything the facilitator sees of the evaluation. */
export interface EvaluationBoard {
  answers: EvaluationAnswer[];
  reflection: Reflection | null;
}

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
  'notebook:open': (message: NotebookOpen, ack: Ack<Notebook>) => void;
  'notebook:change': (message: NotebookChangeMessage, ack: Ack<Notebook>) => void;
  /** The facilitator's view of every current pair's notebook, for the debrief. */
  'notebook:list': (message: Record<string, never>, ack: Ack<Notebook[]>) => void;
  'followup:open': (message: FollowUpOpen, ack: Ack<FollowUp>) => void;
  'followup:change': (message: FollowUpChangeMessage, ack: Ack<FollowUp>) => void;
  /** A participant's own evaluation answers, or null before they send any. */
  'evaluation:mine': (message: Record<string, never>, ack: Ack<EvaluationAnswer | null>) => void;
  'evaluation:submit': (message: { answers: unknown }, ack: Ack<EvaluationAnswer>) => void;
  /** The facilitator's view: every answer and their own reflection. */
  'evaluation:board': (message: Record<string, never>, ack: Ack<EvaluationBoard>) => void;
  'evaluation:reflect': (message: { reflection: unknown }, ack: Ack<Reflection>) => void;
  /** The anonymous summary: the facilitator any time; the projector while it is shown. */
  'evaluation:summary': (message: Record<string, never>, ack: Ack<EvaluationSummary>) => void;
};

/** Every event the server sends. */
export interface ServerToClientEvents {
  'workshop:events': (message: { events: SequencedEvent[] }) => void;
  'presence:changed': (message: Presence) => void;
  /** To a participant's own screens when they left or the facilitator removed them: nothing follows. */
  'session:ended': (message: { reason: 'left' | 'removed' }) => void;
  /** To the pair's members and the facilitator only. */
  'notebook:changed': (message: { notebook: Notebook }) => void;
  /** To that participant's own room and the facilitator only. */
  'followup:changed': (message: { followUp: FollowUp }) => void;
  /** To that participant's own room and the facilitator only. */
  'evaluation:answered': (message: { answer: EvaluationAnswer }) => void;
  /** To everyone, and only while the facilitator shows the summary on the projector. */
  'evaluation:summary-changed': (message: { summary: EvaluationSummary }) => void;
}
