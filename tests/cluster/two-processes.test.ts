import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  applyEvents,
  pairOf,
  type Notebook,
  type Result,
  type SequencedEvent,
  type WorkshopState,
} from '@common-ground/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, killAllServers, startServerProcess, type ServerProcess } from '../durability/server-process.js';
import { changeDoc, createWorkshop, docPushes, Harness, send, unwrap, type TestClient } from '../server/helpers.js';
import { freshCluster, type FreshCluster } from './isolation.js';

/**
 * Two real server processes (server/src/index.ts, each a process of its own) on one PostgreSQL
 * and one Redis, as a load balancer would spread a room over them.
 */
let cluster: FreshCluster;
let dataDir: string;
const harness = new Harness();

async function startProcess(): Promise<ServerProcess> {
  return startServerProcess(dataDir, await freePort(), {
    DATABASE_URL: cluster.databaseUrl,
    REDIS_URL: cluster.redisUrl,
    REDIS_PREFIX: cluster.redisPrefix,
  });
}

beforeAll(async () => {
  cluster = await freshCluster('two processes');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'common-ground-cluster-'));
});
afterEach(() => harness.cleanup());
afterAll(async () => {
  await killAllServers();
  await cluster?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A screen that keeps the workshop as the server tells it, event after event, in seq order. */
class Follower {
  state!: WorkshopState;
  /** Every event applied, in order. */
  readonly applied: SequencedEvent[] = [];
  /** Events that arrived before one with a lower seq. */
  overtaken = 0;
  private readonly waiting = new Map<number, SequencedEvent>();
  private early: SequencedEvent[] | undefined = [];

  /** Listens from now on: events that arrive before the snapshot are kept for `begin`. */
  constructor(readonly client: TestClient) {
    client.socket.on('workshop:events', ({ events }) => {
      if (this.early) this.early.push(...events);
      else this.apply(events);
    });
  }

  /** Events that arrived ahead of a missing one. */
  get waitingFor(): number {
    return this.waiting.size;
  }

  /** The snapshot the screen entered with (or resynced to); what arrived meanwhile is applied on top of it. */
  begin(state: WorkshopState): this {
    this.state = state;
    for (const seq of this.waiting.keys()) if (seq <= state.seq) this.waiting.delete(seq);
    const early = this.early ?? [];
    this.early = undefined;
    this.apply(early);
    return this;
  }

  /**
   * Applies events in seq order. Broadcasts from two processes may overtake each other on the
   * way (each publishes after its own commit); one that comes early waits here for the ones
   * before it, and is counted in `overtaken`. (The browser resyncs instead: session.slice.ts.)
   */
  private apply(events: SequencedEvent[]): void {
    for (const event of events) {
      if (event.seq <= this.state.seq) continue;
      if (event.seq !== this.state.seq + 1) this.overtaken += 1;
      this.waiting.set(event.seq, event);
    }
    for (let next = this.waiting.get(this.state.seq + 1); next; next = this.waiting.get(this.state.seq + 1)) {
      this.waiting.delete(next.seq);
      this.state = applyEvents(this.state, [next]);
      this.applied.push(next);
    }
  }
}

async function until(check: () => boolean, what: string, withinMs = 10_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`waited ${withinMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('two processes on one PostgreSQL and one Redis', () => {
  it('serve one workshop together: joining, cards, pairs, the clock, presence and a private notebook', async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    const workshop = await createWorkshop(a, { title: 'Two processes' });
    const facilitator = await harness.connect(a);
    const board = new Follower(facilitator);
    board.begin(
      unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken })).state,
    );

    // Four people, two on each process.
    const people: Array<{
      client: TestClient;
      id: string;
      notebooks: ReturnType<typeof docPushes<Notebook>>;
      screen: Follower;
    }> = [];
    for (const [name, server] of [
      ['Ana', a],
      ['Ben', b],
      ['Cai', a],
      ['Dee', b],
    ] as const) {
      const client = await harness.connect(server);
      const notebooks = docPushes<Notebook>(client, 'notebook');
      const screen = new Follower(client);
      const snapshot = unwrap(await client.join(workshop.code, name));
      if (snapshot.identity.kind !== 'participant') throw new Error('not a participant');
      people.push({ client, id: snapshot.identity.participantId, notebooks, screen: screen.begin(snapshot.state) });
    }
    const ben = people[1]!.screen;

    // Presence counts the screens of both processes.
    await until(() => board.state.seq >= 4, 'the facilitator to hear of all four joins');
    const present = await facilitator.presence.until((p) => p.participantIds.length === 4);
    expect(new Set(present.participantIds)).toEqual(new Set(people.map((p) => p.id)));

    // Ben, on process B, is made note-taker on A; his card reaches the facilitator's screen on A.
    unwrap(await send(facilitator, 'participant:assign-role', { participantId: people[1]!.id, role: 'notetaker' }));
    await until(() => ben.state.participants[people[1]!.id]?.role === 'notetaker', 'Ben to hear he takes notes');
    const { seq } = unwrap(await people[1]!.client.addCard('values', 'Family first'));
    await until(() => board.state.seq >= seq, 'the card to reach process A');
    expect(Object.values(board.state.cards).map((card) => card.text)).toContain('Family first');

    unwrap((await facilitator.sendRaw('pairs:shuffle', { commandId: randomUUID() })) as Result<unknown>);
    unwrap(await send(facilitator, 'clock:start', {}));
    await until(() => ben.state.seq === board.state.seq, 'Ben on process B to catch up');
    expect(ben.state.pairs).toEqual(board.state.pairs);
    expect(ben.state.clock.runningSince).not.toBeNull();

    // A notebook written on one process reaches the partner wherever they are, and nobody else.
    const writer = people[0]!;
    const pair = pairOf(board.state.pairs, writer.id)!;
    const mate = people.find((p) => p !== writer && pair.memberIds.includes(p.id))!;
    unwrap(
      await changeDoc<Notebook>(writer.client, 'notebook', pair.id, {
        type: 'add',
        entryId: randomUUID(),
        section: 'values',
        text: 'Housing',
      }),
    );
    expect((await mate.notebooks.next()).entries.map((entry) => entry.text)).toEqual(['Housing']);
    const outsider = people.find((p) => !pair.memberIds.includes(p.id))!;
    const ownPair = pairOf(board.state.pairs, outsider.id)!;
    unwrap(
      await changeDoc<Notebook>(outsider.client, 'notebook', ownPair.id, {
        type: 'add',
        entryId: randomUUID(),
        section: 'values',
        text: 'Their own',
      }),
    );
    // The outsider's next notebook message is about their own pair, not the other one.
    expect((await outsider.notebooks.next()).pairId).toBe(ownPair.id);
  });

  it('keep one gap-free order when both decide hundreds of commands for one workshop at once', async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    const workshop = await createWorkshop(b, { title: 'At once' });
    const credential = { kind: 'facilitator', token: workshop.facilitatorToken } as const;
    const onA = await harness.connect(a);
    const onB = await harness.connect(b);
    const watchA = new Follower(onA).begin(unwrap(await onA.resume(workshop.code, credential)).state);
    const watchB = new Follower(onB).begin(unwrap(await onB.resume(workshop.code, credential)).state);

    // Twelve people, six on each process, each posting twenty-five questions at once (a person's
    // own rate budget holds thirty at a burst, and a person may post thirty).
    const writers: TestClient[] = [];
    for (let i = 0; i < 12; i += 1) {
      const client = await harness.connect(i % 2 ? a : b);
      unwrap(await client.join(workshop.code, `Writer ${i}`));
      writers.push(client);
    }
    await until(() => watchA.state.seq === watchB.state.seq && watchA.state.seq >= 12, 'every join on both screens');
    const start = watchA.state.seq;
    const PER_PERSON = 25;
    const sent = await Promise.all(
      writers.flatMap((client, who) =>
        Array.from({ length: PER_PERSON }, (_, i) =>
          send(client, 'post:add', { kind: 'question', text: `Question ${who}.${i}` }),
        ),
      ),
    );
    const total = writers.length * PER_PERSON;
    const seqs = sent.map((result) => unwrap(result).seq);
    // Each acknowledged command has its own seq, and together they leave no gap.
    expect(new Set(seqs).size).toBe(total);
    expect(Math.min(...seqs)).toBe(start + 1);
    expect(Math.max(...seqs)).toBe(start + total);

    const last = start + total;
    await until(() => watchA.state.seq === last && watchB.state.seq === last, 'both screens to apply every change');
    expect(watchA.applied.map((e) => e.seq)).toEqual(watchB.applied.map((e) => e.seq));

    expect(watchA.state).toEqual(watchB.state);
    expect(Object.keys(watchA.state.posts)).toHaveLength(total);
    // A screen entering now, on either process, is told the same.
    const late = await harness.connect(a);
    expect(unwrap(await late.resume(workshop.code, credential)).state).toEqual(watchB.state);
  });

  it('lose nothing acknowledged when one is killed mid-stream, and the other’s screens never notice', async () => {
    const [doomed, survivor] = await Promise.all([startProcess(), startProcess()]);
    const workshop = await createWorkshop(survivor, { title: 'Kill -9' });
    const credential = { kind: 'facilitator', token: workshop.facilitatorToken } as const;
    const onDoomed = await harness.connect(doomed);
    unwrap(await onDoomed.resume(workshop.code, credential));
    const onSurvivor = await harness.connect(survivor);
    const watcher = new Follower(onSurvivor).begin(unwrap(await onSurvivor.resume(workshop.code, credential)).state);
    let survivorDropped = false;
    onSurvivor.socket.on('disconnect', () => (survivorDropped = true));

    // The doomed process's screen streams cards, at the pace the rate limit allows, as the
    // browser's outbox would; the process dies under it.
    const acknowledged: string[] = [];
    let streaming = true;
    const stream = (async () => {
      for (let i = 0; streaming;) {
        const text = `card ${i}`;
        const result = await onDoomed.addCard('values', text).catch(() => undefined);
        if (result?.ok) {
          acknowledged.push(text);
          i += 1;
        } else if (result?.error.code === 'rate_limited') {
          await new Promise((resolve) => setTimeout(resolve, result.error.retryAfterMs ?? 100));
        } else break;
      }
    })();
    await until(() => acknowledged.length >= 40, 'forty acknowledged cards', 20_000);
    await doomed.killHard();
    streaming = false;
    await stream;

    // The survivor keeps serving, and its screen stays connected. The dead process may have
    // committed a change it had no time to broadcast (even a moment after it died, if its COMMIT
    // was already on the wire): the survivor's next event then shows the screen a gap, and it
    // resyncs, as the browser does on a gap (session.slice.ts).
    const { seq } = unwrap(await onSurvivor.addCard('values', 'after the crash'));
    await until(() => watcher.state.seq === seq || watcher.waitingFor > 0, 'the change after the crash');
    if (watcher.state.seq !== seq) watcher.begin(unwrap(await onSurvivor.resume(workshop.code, credential)).state);

    // Every acknowledged card is there, once, and the screen shows exactly what is stored.
    const stored = unwrap(await (await harness.connect(survivor)).resume(workshop.code, credential)).state;
    const texts = Object.values(stored.cards).map((card) => card.text);
    for (const text of acknowledged) expect(texts.filter((t) => t === text)).toHaveLength(1);
    expect(texts.at(-1)).toBe('after the crash');
    expect(watcher.state.seq).toBe(stored.seq);
    expect(watcher.state.cards).toEqual(stored.cards);
    expect(survivorDropped).toBe(false);
  });

  it('hold a person to one rate limit, whichever process their screens reach', async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    const workshop = await createWorkshop(a, { title: 'One budget' });
    const credential = { kind: 'facilitator', token: workshop.facilitatorToken } as const;
    const screens = [await harness.connect(a), await harness.connect(b)];
    for (const screen of screens) unwrap(await screen.resume(workshop.code, credential));
    // Thirty at a burst for one person (DEFAULT_RATE_RULES.personMessages): two processes keeping
    // a budget each would let all sixty through.
    const answers = await Promise.all(
      screens.flatMap((screen) => Array.from({ length: 30 }, () => screen.addCard('values', 'Burst'))),
    );
    const refused = answers.filter((answer) => !answer.ok && answer.error.code === 'rate_limited');
    expect(refused.length).toBeGreaterThanOrEqual(25);
  });
});
