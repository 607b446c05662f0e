import type { Result, ServerToClientEvents } from '@common-ground/shared';
import type { SyncSocket } from '../features/session/workshop-connection';

type Listener = (...args: never[]) => void;
type Responder = (message: unknown) => Result<unknown> | undefined;

/**
 * Stands in for socket.io in component tests: the test plays the server. It answers
 * acknowledgements through `respond`, pushes server events with `push`, and can drop and
 * restore the connection. An emit with no responder stays unanswered, like a lost packet.
 */
export class FakeSocket {
  connected = false;
  readonly sent: Array<{ event: string; message: unknown }> = [];
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly responders = new Map<string, Responder>();
  private readonly onceResponders = new Map<string, Responder[]>();

  on(event: string, listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  connect(): this {
    this.connected = true;
    this.fire('connect');
    return this;
  }

  disconnect(): this {
    if (this.connected) {
      this.connected = false;
      this.fire('disconnect', 'io client disconnect');
    }
    return this;
  }

  /** The network drops: the page hears `disconnect`, later `reconnect()` brings it back. */
  drop(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  reconnect(): void {
    this.connect();
  }

  timeout(_ms: number) {
    return {
      emitWithAck: (event: string, message: unknown): Promise<Result<unknown>> => {
        this.sent.push({ event, message });
        const once = this.connected ? this.onceResponders.get(event)?.shift() : undefined;
        const answer = this.connected ? (once ?? this.responders.get(event))?.(message) : undefined;
        return answer ? Promise.resolve(answer) : new Promise(() => undefined);
      },
    };
  }

  respond(event: string, responder: Responder): void {
    this.responders.set(event, responder);
  }

  /** Answers the next `event` with `responder`, then goes back to the standing one. */
  respondOnce(event: string, responder: Responder): void {
    this.onceResponders.set(event, [...(this.onceResponders.get(event) ?? []), responder]);
  }

  push<K extends keyof ServerToClientEvents>(event: K, ...args: Parameters<ServerToClientEvents[K]>): void {
    this.fire(event, ...args);
  }

  sentOf(event: string): unknown[] {
    return this.sent.filter((s) => s.event === event).map((s) => s.message);
  }

  asSyncSocket(): SyncSocket {
    return this as unknown as SyncSocket;
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }
}
