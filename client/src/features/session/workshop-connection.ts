import type {
  CommandAccepted,
  CommandPayload,
  CommandType,
  ClientEvent,
  AnswerOf,
  MessageOf,
  Credential,
  DocChangeInput,
  DocEnvelope,
  DocKindName,
  DocOf,
  EvaluationSummary,
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
    // Leaving the page (to come back with Back, from the browser's back/forward cache) closes the
    // socket on purpose: that is not a lost connection, and coming back reconnects quietly.
    let leaving = false;
    const onDisconnect = () => {
      this.entered = false;
      if (ended()) return;
      this.outbox.connectionLost();
      store.getState().setStatus(leaving ? 'connecting' : 'offline');
    };
    const onConnectError = () => {
      if (!ended()) store.getState().setStatus(leaving ? 'connecting' : 'offline');
    };
    const onPageHide = () => {
      leaving = true;
      if (socket.connected) socket.disconnect();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      leaving = false;
      if (!event.persisted || ended() || socket.connected) return;
      store.getState().setStatus('connecting');
      socket.connect();
    };
    const onEnded = ({ reason }: { reason: EndedReason }) => {
      // The server refuses this browser's credential from now on; forget it, so a reload offers to join.
      credentials.forgetParticipant(this.config.code);
      this.outbox.clear({ code: 'forbidden', reason: 'session.left' });
      store.getState().endSession(reason);
    };
    const onEvents = ({ events }: { events: SequencedEvent[] }) => {
      if (this.entered && store.getState().applyEvents(events) === 'gap') void this.enter();
    };
    const onPresence = store.getState().setPresence;
    const onDoc = (envelope: DocEnvelope) => store.getState().keepDoc(envelope);
    const onSummary = ({ summary }: { summary: EvaluationSummary }) => store.getState().setEvaluationSummary(summary);

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.on('workshop:events', onEvents);
    socket.on('presence:changed', onPresence);
    socket.on('session:ended', onEnded);
    socket.on('doc:changed', onDoc);
    socket.on('evaluation:summary-changed', onSummary);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    store.getState().setStatus('connecting');
    const stopTime = this.serverTime.start();
    socket.connect();

    return () => {
      stopTime();
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      socket.off('workshop:events', onEvents);
      socket.off('presence:changed', onPresence);
      socket.off('session:ended', onEnded);
      socket.off('doc:changed', onDoc);
      socket.off('evaluation:summary-changed', onSummary);
      socket.disconnect();
      this.outbox.clear({ code: 'not_in_session', reason: 'connection.closed' });
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
    // TypeScript cannot see that a payload of command K plus its id is K's message; it is.
    return this.ask(type, { ...payload, commandId: uuid() } as MessageOf<K>) as Promise<Result<CommandAccepted>>;
  }

  /** Fetches one private document this screen may read. */
  openDoc<K extends DocKindName>(kind: K, key: string): Promise<Result<DocOf<K>>> {
    return this.ask('doc:open', { kind, key }, this.keep.keepDoc, 'read').then(docOf<K>);
  }

  /** Fetches every document of a kind this screen may read (the facilitator's overview). */
  async listDocs(kind: DocKindName): Promise<Result<DocEnvelope[]>> {
    const result = await this.ask('doc:list', { kind }, undefined, 'read');
    if (result.ok) result.data.forEach(this.keep.keepDoc);
    return result;
  }

  /** Changes a private document; a retry of the same change (same command id) is applied once. */
  changeDoc<K extends DocKindName>(kind: K, key: string, change: DocChangeInput<K>): Promise<Result<DocOf<K>>> {
    return this.ask('doc:change', { commandId: uuid(), kind, key, change }, this.keep.keepDoc).then(docOf<K>);
  }

  /** The anonymous summary, for the projector while the facilitator shows it. */
  fetchEvaluationSummary(): Promise<Result<EvaluationSummary>> {
    return this.ask('evaluation:summary', {}, this.keep.setEvaluationSummary, 'read');
  }

  /** Store actions for what the private channels answer (read fresh: tests reset the store). */
  private get keep() {
    return this.config.store.getState();
  }

  /**
   * One request through the outbox: kept until answered, retried after a reconnect. What the
   * server answers is handed to `keep` (a store action) before the caller hears of it. A `read`
   * is kept and retried the same way, but is not a change the screen is "sending".
   */
  private async ask<E extends ClientEvent>(
    event: E,
    message: MessageOf<E>,
    keep?: (data: AnswerOf<E>) => void,
    kind: 'change' | 'read' = 'change',
  ): Promise<Result<AnswerOf<E>>> {
    // socket.io cannot relate a generic event name to its own argument list, so the call goes
    // through this one signature, built from the same event map: `ask` itself is checked at
    // every call site (event, message, answer).
    const timed = this.config.socket.timeout(ACK_TIMEOUT_MS);
    const emit = timed.emitWithAck.bind(timed) as unknown as (
      event: E,
      message: MessageOf<E>,
    ) => Promise<Result<AnswerOf<E>>>;
    const commandId = kind === 'change' ? commandIdOf(message) : undefined;
    if (commandId) this.keep.outgoingAdded({ commandId, event, message });
    const result = await this.outbox.enqueue(true, () => emit(event, message), kind === 'change');
    if (result.ok) keep?.(result.data);
    // Keep the store's copy until the screen has the server's answer in hand, so a change never
    // blinks out between "waiting" and "taken"; a page that closed the workshop forgets them all.
    if (!commandId) return result;
    if (!result.ok && result.error.reason === 'connection.closed') this.keep.outgoingDismissed(commandId);
    else this.keep.outgoingAnswered(commandId, result);
    return result;
  }

  /**
   * Sends a refused change again, as a new command (the server remembers the refusal under the
   * old id); the refused copy gives way to the new waiting one.
   */
  retry(commandId: string): Promise<Result<unknown>> | undefined {
    const refused = this.keep.outgoing.find((c) => c.commandId === commandId && c.state === 'refused');
    if (!refused) return undefined;
    this.keep.outgoingDismissed(commandId);
    const again = { ...(refused.message as object), commandId: uuid() } as MessageOf<typeof refused.event>;
    // A document change answers with the document, which the store keeps like any other answer.
    const keep = refused.event === 'doc:change' ? (this.keep.keepDoc as (data: unknown) => void) : undefined;
    return this.ask(refused.event, again, keep);
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

function commandIdOf(message: unknown): string | undefined {
  const id = (message as { commandId?: unknown }).commandId;
  return typeof id === 'string' ? id : undefined;
}

/** The document in an answer; the server checked it against its kind's schema before sending it. */
function docOf<K extends DocKindName>(result: Result<DocEnvelope>): Result<DocOf<K>> {
  return result.ok ? { ok: true, data: result.data.doc as DocOf<K> } : result;
}
