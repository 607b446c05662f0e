import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** How the link between the browser and the server behaves right now. */
export type LinkState =
  /** Bytes pass (after the delay and within the bandwidth). */
  | 'up'
  /** The wifi stays associated but packets vanish: connections stay open and pass nothing. */
  | 'blackhole'
  /** The link is gone: open connections are reset and new ones refused. */
  | 'cut';

export interface LinkShape {
  /** Added to every chunk, each way (so a round trip gains twice this). */
  delayMs: number;
  /** Shared by every connection in each direction, like one radio; Infinity for no limit. */
  bytesPerSecond: number;
}

/**
 * One direction of the link: every chunk leaves after the ones before it (across all
 * connections, since they share the air) plus its own transmission time, then the delay.
 */
class Direction {
  private freeAt = 0;

  constructor(private readonly shape: () => LinkShape) {}

  /** When a chunk of `bytes` handed over now arrives at the other end, in ms from now. */
  schedule(bytes: number): number {
    const { delayMs, bytesPerSecond } = this.shape();
    const now = performance.now();
    const sendMs = Number.isFinite(bytesPerSecond) ? (bytes / bytesPerSecond) * 1000 : 0;
    this.freeAt = Math.max(this.freeAt, now) + sendMs;
    return this.freeAt - now + delayMs;
  }
}

/** What one connection sends one way: chunks leave in order, each when its time comes. */
class Lane {
  private readonly queue: Array<{ at: number; chunk: Buffer }> = [];
  /** Chunks held while the link is a blackhole, released in order when it is up again. */
  readonly held: Buffer[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ending = false;

  constructor(
    private readonly to: net.Socket,
    private readonly direction: Direction,
  ) {}

  push(chunk: Buffer): void {
    this.queue.push({ at: performance.now() + this.direction.schedule(chunk.length), chunk });
    this.pump();
  }

  /** The other side finished: end this one once what is on its way has arrived. */
  end(): void {
    this.ending = true;
    this.pump();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.queue.length = 0;
    this.held.length = 0;
  }

  private pump(): void {
    clearTimeout(this.timer);
    while (this.queue[0] && this.queue[0].at <= performance.now()) {
      const { chunk } = this.queue.shift()!;
      if (!this.to.destroyed) this.to.write(chunk);
    }
    const next = this.queue[0];
    if (next) this.timer = setTimeout(() => this.pump(), Math.max(1, next.at - performance.now()));
    else if (this.ending && !this.to.destroyed) this.to.end();
  }
}

interface Pair {
  client: net.Socket;
  server: net.Socket;
  toServer: Lane;
  toClient: Lane;
}

/**
 * A TCP proxy between Chromium and the server that behaves like bad wifi: it delays each way,
 * throttles bandwidth, swallows everything while keeping connections open (blackhole), cuts
 * the link, and flaps between up and cut. Chromium's own throttling cannot do this to an open
 * WebSocket, so the browser tests need a link of their own.
 */
export class LinkProxy {
  private state: LinkState = 'up';
  private shape: LinkShape = { delayMs: 0, bytesPerSecond: Infinity };
  private readonly pairs = new Set<Pair>();
  private readonly up = new Direction(() => this.shape);
  private readonly down = new Direction(() => this.shape);
  private flapTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly waiters: Array<(state: LinkState) => void> = [];

  private constructor(
    private readonly server: net.Server,
    private readonly targetPort: number,
  ) {}

  /** A proxy on a free local port in front of the server on `targetPort`. */
  static async start(targetPort: number): Promise<LinkProxy> {
    const server = net.createServer();
    const proxy = new LinkProxy(server, targetPort);
    server.on('connection', (client) => proxy.accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The address to open in the browser instead of the server's. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Slows the link: a delay each way and a bandwidth shared by every connection. */
  setShape(shape: Partial<LinkShape>): void {
    this.shape = { ...this.shape, ...shape };
  }

  get current(): LinkState {
    return this.state;
  }

  /** Resolves at the next change of state (a flap), with the new state. */
  nextChange(): Promise<LinkState> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  setState(state: LinkState): void {
    this.state = state;
    for (const waiter of this.waiters.splice(0)) waiter(state);
    if (state === 'cut') {
      for (const pair of this.pairs) this.drop(pair);
    } else if (state === 'up') {
      for (const pair of this.pairs) {
        for (const lane of [pair.toServer, pair.toClient]) for (const chunk of lane.held.splice(0)) lane.push(chunk);
      }
    }
  }

  /** Up for `upMs`, cut for `downMs`, over and over, until `steady()` or `close()`. */
  flap(upMs: number, downMs: number): void {
    this.stopFlapping();
    const next = (state: LinkState) => {
      this.setState(state);
      this.flapTimer = setTimeout(() => next(state === 'up' ? 'cut' : 'up'), state === 'up' ? upMs : downMs);
    };
    next('up');
  }

  /** Stops flapping and leaves the link up. */
  steady(): void {
    this.stopFlapping();
    this.setState('up');
  }

  async close(): Promise<void> {
    this.stopFlapping();
    for (const pair of this.pairs) this.drop(pair);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private stopFlapping(): void {
    clearTimeout(this.flapTimer);
    this.flapTimer = undefined;
  }

  private accept(client: net.Socket): void {
    if (this.state === 'cut') {
      client.resetAndDestroy();
      return;
    }
    const server = net.connect(this.targetPort, '127.0.0.1');
    const pair: Pair = {
      client,
      server,
      toServer: new Lane(server, this.up),
      toClient: new Lane(client, this.down),
    };
    this.pairs.add(pair);
    client.setNoDelay(true);
    server.setNoDelay(true);
    client.on('data', (chunk: Buffer) => this.pass(pair.toServer, chunk));
    server.on('data', (chunk: Buffer) => this.pass(pair.toClient, chunk));
    // One side closing closes the other, once what is already on its way has arrived.
    client.on('close', () => pair.toServer.end());
    server.on('close', () => pair.toClient.end());
    const forget = () => {
      if (client.destroyed && server.destroyed) this.pairs.delete(pair);
    };
    client.on('close', forget);
    server.on('close', forget);
    // A reset from either side resets the other, as a real link would pass it on.
    client.on('error', () => this.drop(pair));
    server.on('error', () => this.drop(pair));
  }

  private pass(lane: Lane, chunk: Buffer): void {
    if (this.state === 'blackhole') lane.held.push(chunk);
    else if (this.state === 'up') lane.push(chunk);
  }

  private drop(pair: Pair): void {
    this.pairs.delete(pair);
    pair.toServer.stop();
    pair.toClient.stop();
    pair.client.resetAndDestroy();
    pair.server.destroy();
  }
}
