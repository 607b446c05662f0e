import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  createApp,
  createLogger,
  openSqliteStores,
  PrivateDocService,
  WorkshopService,
  type App,
  type AppOptions,
  type Logger,
} from '@common-ground/server';
import {
  applyEvents,
  type ClientToServerEvents,
  type Column,
  type CommandAccepted,
  type CommandPayload,
  type CommandType,
  type CreateWorkshopResponse,
  type Credential,
  type Presence,
  type Result,
  type SequencedEvent,
  type ServerToClientEvents,
  type SessionSnapshot,
  type WorkshopState,
  PRIVATE_DOC_KINDS,
  type DocEnvelope,
  type DocKindRegistry,
} from '@common-ground/shared';
import { io, type Socket } from 'socket.io-client';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long any one wait may take before the test fails with a readable reason. */
const WAIT_MS = 5_000;

/** A secret as a browser makes one: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Returns the data of an accepted result, or fails the test with the server's reason. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.reason}`);
  return result.data;
}

/**
 * Everything one kind of server message delivered to a client, in arrival order. Tests take
 * messages one by one, so "the next message is X" also proves nothing arrived before it.
 */
export class Inbox<T> {
  private readonly items: T[] = [];
  private readonly waiters: Array<(item: T) => void> = [];

  constructor(private readonly label: string) {}

  push(item: T): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  }

  next(): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift() as T);
    return new Promise<T>((resolve, reject) => {
      const waiter = (item: T): void => {
        clearTimeout(timer);
        resolve(item);
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`${this.label}: nothing arrived within ${WAIT_MS} ms`));
      }, WAIT_MS);
      this.waiters.push(waiter);
    });
  }

  /** Takes messages until one matches, and returns it. */
  async until(predicate: (item: T) => boolean): Promise<T> {
    for (;;) {
      const item = await this.next();
      if (predicate(item)) return item;
    }
  }
}

export interface TestClient {
  socket: ClientSocket;
  events: Inbox<SequencedEvent[]>;
  presence: Inbox<Presence>;
  join(code: string, name: string, opts?: { token?: string; commandId?: string }): Promise<Result<SessionSnapshot>>;
  resume(code: string, credential: Credential): Promise<Result<SessionSnapshot>>;
  addCard(column: Column, text: string, commandId?: string): Promise<Result<CommandAccepted>>;
  editCard(cardId: string, text: string, commandId?: string): Promise<Result<CommandAccepted>>;
  deleteCard(cardId: string, commandId?: string): Promise<Result<CommandAccepted>>;
  /** Sends anything at all, as a broken or hostile client might. */
  sendRaw(event: string, ...args: unknown[]): Promise<unknown>;
  /** Takes workshop:events messages until the one that carries `seq`. */
  eventsThrough(seq: number): Promise<void>;
}

export interface TestServer {
  url: string;
  dbFile: string;
  app: App;
  /** The server's authority over workshops, for a test that must drive its idle sweep by hand. */
  service: WorkshopService;
  /** Closes the app, then the database. */
  close(): Promise<void>;
}

/**
 * Starts servers and clients for one test and closes all of them afterwards:
 * call `cleanup` in `afterEach`.
 */
export class Harness {
  private readonly clients: ClientSocket[] = [];
  private readonly servers: TestServer[] = [];
  private readonly dirs: string[] = [];

  /** A database file in a fresh temporary directory, removed at cleanup. */
  tempDbFile(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'common-ground-test-'));
    this.dirs.push(dir);
    return path.join(dir, 'common-ground.sqlite');
  }

  /** `now` replaces the server's clock, for the service and the sockets alike. */
  async startServer(
    dbFile: string = this.tempDbFile(),
    options: {
      now?: () => number;
      log?: Logger;
      app?: AppOptions;
      docKinds?: DocKindRegistry;
      /** How long an unused workshop stays in memory. */
      idleMs?: number;
    } = {},
  ): Promise<TestServer> {
    const log = options.log ?? createLogger('silent');
    const stores = openSqliteStores(dbFile, { log, now: options.now, idleMs: options.idleMs });
    const service = new WorkshopService(stores.workshops, options.now);
    const app = createApp(
      {
        service,
        docs: new PrivateDocService(stores.docs, service, options.docKinds ?? PRIVATE_DOC_KINDS),
        log,
        now: options.now,
      },
      options.app,
    );
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = app.httpServer.address() as AddressInfo;
    let closed = false;
    const server: TestServer = {
      url: `http://127.0.0.1:${port}`,
      dbFile,
      app,
      service,
      close: async () => {
        if (closed) return;
        closed = true;
        await app.close();
        await stores.close();
      },
    };
    this.servers.push(server);
    return server;
  }

  async connect(server: Pick<TestServer, 'url'>): Promise<TestClient> {
    const socket: ClientSocket = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true });
    this.clients.push(socket);
    const events = new Inbox<SequencedEvent[]>('workshop:events');
    const presence = new Inbox<Presence>('presence:changed');
    socket.on('workshop:events', (message) => events.push(message.events));
    socket.on('presence:changed', (message) => presence.push(message));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const ask = socket.timeout(WAIT_MS);
    return {
      socket,
      events,
      presence,
      join: (code, name, opts = {}) =>
        ask.emitWithAck('session:join', {
          code,
          name,
          token: opts.token ?? newToken(),
          commandId: opts.commandId ?? randomUUID(),
        }),
      resume: (code, credential) => ask.emitWithAck('session:resume', { code, credential }),
      addCard: (column, text, commandId = randomUUID()) => ask.emitWithAck('card:add', { column, text, commandId }),
      editCard: (cardId, text, commandId = randomUUID()) => ask.emitWithAck('card:edit', { cardId, text, commandId }),
      deleteCard: (cardId, commandId = randomUUID()) => ask.emitWithAck('card:delete', { cardId, commandId }),
      sendRaw: (event, ...args) => (socket as unknown as Socket).timeout(WAIT_MS).emitWithAck(event, ...args),
      eventsThrough: async (seq) => {
        await events.until((batch) => batch.some((e) => e.seq === seq));
      },
    };
  }

  async cleanup(): Promise<void> {
    for (const socket of this.clients.splice(0)) socket.disconnect();
    for (const server of this.servers.splice(0)) await server.close();
    for (const dir of this.dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function createWorkshop(
  server: Pick<TestServer, 'url'>,
  body: unknown = { title: 'Practice 1:1' },
): Promise<CreateWorkshopResponse> {
  const res = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`creating a workshop answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as CreateWorkshopResponse;
}

/** The projector's credential, from the key in the projector link's #fragment, as the page reads it. */
export function projectorCredential(workshop: CreateWorkshopResponse): Credential {
  const token = new URLSearchParams(new URL(workshop.links.projector).hash.slice(1)).get('key');
  if (!token) throw new Error(`no key in the projector link ${workshop.links.projector}`);
  return { kind: 'projector', token };
}

/** A fresh facilitator screen's view of the workshop: the way to look at server state from outside. */
export async function snapshotOf(harness: Harness, server: TestServer, workshop: CreateWorkshopResponse) {
  const observer = await harness.connect(server);
  const snapshot = unwrap(
    await observer.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }),
  );
  observer.socket.disconnect();
  return snapshot;
}

/** One screen: its connection and the workshop as it knows it, kept up to date from the events. */
export interface Screen {
  client: TestClient;
  state: WorkshopState;
}

/** Applies every event the screen receives to its own copy of the state, as a browser does. */
export function follow(client: TestClient, snapshot: SessionSnapshot): Screen {
  const screen: Screen = { client, state: snapshot.state };
  client.socket.on('workshop:events', ({ events }) => {
    screen.state = applyEvents(
      screen.state,
      events.filter((e) => e.seq > screen.state.seq),
    );
  });
  return screen;
}

/** Sends any command, typed by its schema, with a fresh command id. */
export function send<K extends CommandType>(
  client: TestClient,
  type: K,
  payload: CommandPayload<K>,
): Promise<Result<CommandAccepted>> {
  return client.sendRaw(type, { ...payload, commandId: randomUUID() }) as Promise<Result<CommandAccepted>>;
}

/** Reads one private document as `client` may. */
export function openDoc<T = unknown>(client: TestClient, kind: string, key: string): Promise<Result<T>> {
  return client.sendRaw('doc:open', { kind, key }).then((result) => docOf(result as Result<DocEnvelope<T>>));
}

/** Changes one private document; pass the same `commandId` to retry. */
export function changeDoc<T = unknown>(
  client: TestClient,
  kind: string,
  key: string,
  change: unknown,
  commandId: string = randomUUID(),
): Promise<Result<T>> {
  return client
    .sendRaw('doc:change', { commandId, kind, key, change })
    .then((result) => docOf(result as Result<DocEnvelope<T>>));
}

/** Every document of a kind that `client` may read. */
export function listDocs<T = unknown>(client: TestClient, kind: string): Promise<Result<T[]>> {
  return client.sendRaw('doc:list', { kind }).then((result) => {
    const listed = result as Result<Array<DocEnvelope<T>>>;
    return listed.ok ? { ok: true, data: listed.data.map((envelope) => envelope.doc) } : listed;
  });
}

function docOf<T>(result: Result<DocEnvelope<T>>): Result<T> {
  return result.ok ? { ok: true, data: result.data.doc } : result;
}

/** Collects the documents of one kind pushed to a screen, in arrival order. */
export function docPushes<T>(client: TestClient, kind: string): Inbox<T> {
  const inbox = new Inbox<T>(`doc:changed ${kind}`);
  client.socket.on('doc:changed', (envelope) => {
    if (envelope.kind === kind) inbox.push(envelope.doc as T);
  });
  return inbox;
}
