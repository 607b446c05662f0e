import type {
  CommandAccepted,
  CommandPayload,
  CommandType,
  Credential,
  EvaluationAnswer,
  EvaluationBoard,
  EvaluationSummary,
  FollowUp,
  FollowUpChange,
  Notebook,
  NotebookChange,
  Reflection,
  Result,
  SequencedEvent,
  SessionSnapshot,
} from '@common-ground/shared';
import { v4 as uuid } from 'uuid';
import type { AppStore } from '../../app/store';
import { credentials, newRejoinToken } from '../../lib/credentials';
import type { ClientSocket } from '../../lib/socket';
import { ServerTime } from '../clock/server-time';
import { ACK_TIMEOUT_MS, Outbox } from './outbox';
import type { EndedReason } from './session.slice';

export type SyncSocket = Pick<ClientSocket, 'on' | 'off' | 'connect' | 'disconnect' | 'connected' | 'timeout'>;

export interface ConnectionConfig {
  code: string;
  socket: SyncSocket;
  store: AppStore;
  /** Who this screen is; null means the browser must join with a name first. */
  credential: () => Credential | null;
}

/**
 * Wires one socket to the store: enters the workshop on every (re)connect, applies the
 * server's events in sequence, resyncs on a gap, and keeps actions until they are answered.
 */
export class WorkshopConnection {
  private entered = false;
  private readonly outbox: Outbox;
  /** This screen's estimate of the server's clock, for everything that shows time. */
  readonly serverTime: ServerTime;

  constructor(private readonly config: ConnectionConfig) {
    this.serverTime = new ServerTime(config.socket);
    this.outbox = new Outbox(
      (needsSession) => config.socket.connected && (this.entered || !needsSession),
      (count) => config.store.getState().setPendingCount(count),
    );
  }

  /** Connects and starts listening; the returned function undoes all of it. */
  start(): () => void {
    const { socket, store } = this.config;
    const onConnect = () => void this.enter();
    const ended = () => store.getState().status === 'ended';
    const onDisconnect = () => {
      this.entered = false;
      if (ended()) return;
      this.outbox.connectionLost();
      store.getState().setStatus('offline');
    };
    const onConnectError = () => {
      if (!ended()) store.getState().setStatus('offline');
    };
    const onEnded = ({ reason }: { reason: EndedReason }) => {
      // The server refuses this browser's credential from now on; forget it, so a reload offers to join.
      credentials.forgetParticipant(this.config.code);
      this.outbox.clear({ code: 'forbidden', message: 'You are no longer in this workshop.' });
      store.getState().endSession(reason);
    };
    const onEvents = ({ events }: { events: SequencedEvent[] }) => {
      if (this.entered && store.getState().applyEvents(events) === 'gap') void this.enter();
    };
    const onPresence = store.getState().setPresence;
    const onNotebook = ({ notebook }: { notebook: Notebook }) => store.getState().setNotebook(notebook);
    const onFollowUp = ({ followUp }: { followUp: FollowUp }) => store.getState().setFollowUp(followUp);
    const onAnswer = ({ answer }: { answer: EvaluationAnswer }) => store.getState().setEvaluationAnswer(answer);
    const onSummary = ({ summary }: { summary: EvaluationSummary }) => store.getState().setEvaluationSummary(summary);

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.on('workshop:events', onEvents);
    socket.on('presence:changed', onPresence);
    socket.on('session:ended', onEnded);
    socket.on('notebook:changed', onNotebook);
    socket.on('followup:changed', onFollowUp);
    socket.on('evaluation:answered', onAnswer);
    socket.on('evaluation:summary-changed', onSummary);
    store.getState().setStatus('connecting');
    const stopTime = this.serverTime.start();
    socket.connect();

    return () => {
      stopTime();
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      socket.off('workshop:events', onEvents);
      socket.off('presence:changed', onPresence);
      socket.off('session:ended', onEnded);
      socket.off('notebook:changed', onNotebook);
      socket.off('followup:changed', onFollowUp);
      socket.off('evaluation:answered', onAnswer);
      socket.off('evaluation:summary-changed', onSummary);
      socket.disconnect();
      this.outbox.clear({ code: 'not_in_session', message: 'The workshop page was closed.' });
    };
  }

  /** Joins as a new participant; the browser keeps the rejoin token to come back later. */
  join(name: string): Promise<Result<SessionSnapshot>> {
    const { code, socket, store } = this.config;
    const message = { code, name, token: newRejoinToken(), commandId: uuid() };
    return this.outbox
      .enqueue<SessionSnapshot>(false, () => socket.timeout(ACK_TIMEOUT_MS).emitWithAck('session:join', message))
      .then((result) => {
        if (result.ok && result.data.identity.kind === 'participant') {
          credentials.saveParticipant(code, {
            participantId: result.data.identity.participantId,
            token: message.token,
          });
          this.entered = true;
          store.getState().loadSnapshot(result.data);
          store.getState().setError(null);
          this.outbox.flush();
        }
        return result;
      });
  }

  /** Sends a command; resolves with the server's answer, however long the network takes. */
  send<K extends CommandType>(type: K, payload: CommandPayload<K>): Promise<Result<CommandAccepted>> {
    return this.ask<CommandAccepted>(type, { ...payload, commandId: uuid() });
  }

  /** Fetches a pair's notebook (the participant's own when no pair is named). */
  openNotebook(pairId?: string): Promise<Result<Notebook>> {
    return this.ask('notebook:open', pairId ? { pairId } : {}, this.keep.setNotebook);
  }

  /** Writes in a pair's notebook; a retry of the same change is applied once. */
  changeNotebook(change: NotebookChange, pairId?: string): Promise<Result<Notebook>> {
    return this.ask('notebook:change', pairId ? { pairId, change } : { change }, this.keep.setNotebook);
  }

  /** The facilitator fetches every current pair's notebook, for the debrief. */
  listNotebooks(): Promise<Result<Notebook[]>> {
    return this.ask<Notebook[]>('notebook:list', {}, (all) => all.forEach(this.keep.setNotebook));
  }

  /** Fetches a participant's private follow-up (one's own when nobody is named). */
  openFollowUp(participantId?: string): Promise<Result<FollowUp>> {
    return this.ask('followup:open', participantId ? { participantId } : {}, this.keep.setFollowUp);
  }

  /** Gives a tip (facilitator) or schedules a one-on-one (participant); a retry is applied once. */
  changeFollowUp(change: FollowUpChange, participantId?: string): Promise<Result<FollowUp>> {
    const message = participantId ? { participantId, change } : { change };
    return this.ask('followup:change', message, this.keep.setFollowUp);
  }

  /** A participant fetches their own evaluation answers (null before they send any). */
  openMyEvaluation(): Promise<Result<EvaluationAnswer | null>> {
    return this.ask<EvaluationAnswer | null>('evaluation:mine', {}, (answer) => {
      if (answer) this.keep.setEvaluationAnswer(answer);
    });
  }

  /** A participant sends (or changes) their evaluation answers while it is open. */
  submitEvaluation(answers: object): Promise<Result<EvaluationAnswer>> {
    return this.ask('evaluation:submit', { answers }, this.keep.setEvaluationAnswer);
  }

  /** The facilitator fetches every evaluation answer and their reflection. */
  openEvaluationBoard(): Promise<Result<EvaluationBoard>> {
    return this.ask('evaluation:board', {}, this.keep.setEvaluationBoard);
  }

  /** The facilitator saves their reflection. */
  saveReflection(reflection: object): Promise<Result<Reflection>> {
    return this.ask('evaluation:reflect', { reflection }, this.keep.setReflection);
  }

  /** The anonymous summary, for the projector while the facilitator shows it. */
  fetchEvaluationSummary(): Promise<Result<EvaluationSummary>> {
    return this.ask('evaluation:summary', {}, this.keep.setEvaluationSummary);
  }

  /** Store actions for what the private channels answer (read fresh: tests reset the store). */
  private get keep() {
    return this.config.store.getState();
  }

  /**
   * One request through the outbox: kept until answered, retried after a reconnect. What the
   * server answers is handed to `keep` (a store action) before the caller hears of it.
   */
  private async ask<T>(event: string, message: object, keep?: (data: T) => void): Promise<Result<T>> {
    const socket = this.config.socket as unknown as {
      timeout(ms: number): { emitWithAck(event: string, message: object): Promise<Result<T>> };
    };
    const result = await this.outbox.enqueue(true, () => socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, message));
    if (result.ok) keep?.(result.data);
    return result;
  }

  private async enter(): Promise<void> {
    const { code, socket, store } = this.config;
    this.entered = false;
    const credential = this.config.credential();
    if (!credential) {
      store.getState().setStatus('needs-join');
      this.outbox.flush();
      return;
    }
    store.getState().setStatus('connecting');
    let result: Result<SessionSnapshot>;
    try {
      result = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('session:resume', { code, credential });
    } catch {
      if (socket.connected) void this.enter();
      return;
    }
    if (result.ok) {
      this.entered = true;
      store.getState().loadSnapshot(result.data);
      this.outbox.flush();
    } else if (credential.kind === 'participant' && result.error.code === 'unauthorized') {
      credentials.forgetParticipant(code);
      store.getState().setError(result.error);
      store.getState().setStatus('needs-join');
    } else {
      store.getState().setError(result.error);
      store.getState().setStatus('refused');
    }
  }
}
