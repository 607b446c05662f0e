import { randomUUID } from 'node:crypto';
import { openSqliteStores, WorkshopService } from '@common-ground/server';
import { MINUTE_MS, type CreateWorkshopResponse, type Credential } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkshop, Harness, newToken, send, snapshotOf, unwrap, type TestServer } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

const T0 = Date.UTC(2025, 2, 14, 18, 0, 0);
const IDLE_MS = 10 * MINUTE_MS;

/** The servers' clock, moved by the test alone. */
let now = T0;
beforeEach(() => {
  now = T0;
});

function start(dbFile?: string): Promise<TestServer> {
  return harness.startServer(dbFile, { now: () => now, idleMs: IDLE_MS });
}

interface Health {
  ok: boolean;
  workshops: number;
  loaded: number;
  unreadable: number;
}

async function health(server: TestServer): Promise<Health> {
  return (await (await fetch(`${server.url}/healthz`)).json()) as Health;
}

/** Workshops held and finished by an earlier run: people joined, the clock ran and was stopped. */
async function storeFinishedWorkshops(
  dbFile: string,
  count: number,
): Promise<Array<{ code: string; facilitator: Credential }>> {
  const stores = openSqliteStores(dbFile, { now: () => now });
  const service = new WorkshopService(stores.workshops, () => now);
  const facilitator = { kind: 'facilitator' } as const;
  const stored = [];
  for (let i = 0; i < count; i += 1) {
    const { state, facilitatorToken } = await service.create(`Finished ${i}`, 'practice-1on1');
    for (const name of ['Ana', 'Ben', 'Chloé']) unwrap(await service.join(state.code, name, newToken(), randomUUID()));
    unwrap((await service.execute(state.code, facilitator, { type: 'clock:start' }, randomUUID())).result);
    unwrap((await service.execute(state.code, facilitator, { type: 'clock:pause' }, randomUUID())).result);
    stored.push({ code: state.code, facilitator: { kind: 'facilitator' as const, token: facilitatorToken } });
  }
  await stores.close();
  return stored;
}

/** Resolves once the server has handled every screen's goodbye (and so released its workshop). */
async function everyScreenGone(server: TestServer): Promise<void> {
  await vi.waitFor(() => expect(server.app.io.of('/').sockets.size).toBe(0));
}

/**
 * A practice workshop whose clock runs from `now` in the pairs step's first sub-phase (8 minutes),
 * or `moved` sub-phases further on, moved by hand.
 */
async function pairsRunning(
  server: TestServer,
  moved = 0,
): Promise<{ workshop: CreateWorkshopResponse; phaseIds: string[] }> {
  const workshop = await createWorkshop(server, { title: 'Practice 1:1', template: 'practice-1on1' });
  const facilitator = await harness.connect(server);
  const { state } = unwrap(
    await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }),
  );
  const pairs = state.agenda[1];
  if (pairs?.kind !== 'pairs') throw new Error('the practice template has no pairs step second');
  unwrap(await send(facilitator, 'clock:goto', { stepId: pairs.id }));
  unwrap(await send(facilitator, 'clock:start', {}));
  for (let i = 0; i < moved; i += 1) unwrap(await send(facilitator, 'clock:next', {}));
  facilitator.socket.disconnect();
  return { workshop, phaseIds: pairs.phases.map((phase) => phase.id) };
}

/** A practice workshop finished with its clock left running on the last step, which has no sub-phases. */
async function lastStepRunning(server: TestServer): Promise<{ workshop: CreateWorkshopResponse; stepId: string }> {
  const workshop = await createWorkshop(server, { title: 'Practice 1:1', template: 'practice-1on1' });
  const facilitator = await harness.connect(server);
  const { state } = unwrap(
    await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }),
  );
  const last = state.agenda.at(-1);
  if (!last || last.phases.length > 0) throw new Error('the practice template should end with a step of no sub-phases');
  unwrap(await send(facilitator, 'clock:goto', { stepId: last.id }));
  unwrap(await send(facilitator, 'clock:start', {}));
  facilitator.socket.disconnect();
  return { workshop, stepId: last.id };
}

describe('workshops in memory', () => {
  it('holds none of the stored workshops at start, and serves one from its first use: join, command, restart', async () => {
    const dbFile = harness.tempDbFile();
    const stored = await storeFinishedWorkshops(dbFile, 60);
    const server = await start(dbFile);
    expect(await health(server)).toEqual({ ok: true, workshops: 60, loaded: 0, unreadable: 0 });

    const { code, facilitator } = stored[17] ?? { code: '', facilitator: { kind: 'projector', token: '' } };
    const dana = await harness.connect(server);
    const joined = unwrap(await dana.join(code, 'Dana'));
    expect(Object.values(joined.state.participants).map((p) => p.name)).toEqual(['Ana', 'Ben', 'Chloé', 'Dana']);
    const host = await harness.connect(server);
    unwrap(await host.resume(code, facilitator));
    const added = unwrap(await host.addCard('values', 'Courage'));
    expect(await health(server)).toMatchObject({ workshops: 60, loaded: 1 });

    dana.socket.disconnect();
    host.socket.disconnect();
    await server.close();
    const after = await start(dbFile);
    expect(await health(after)).toMatchObject({ workshops: 60, loaded: 0 });
    const screen = await harness.connect(after);
    const { state } = unwrap(await screen.resume(code, facilitator));
    expect(state.seq).toBe(added.seq);
    expect(Object.values(state.cards).map((card) => card.text)).toEqual(['Courage']);
    expect(await health(after)).toMatchObject({ loaded: 1 });
  });

  it('lets an idle workshop go after the idle time, and brings it back intact on its next use', async () => {
    const server = await start();
    const workshop = await createWorkshop(server, { title: 'Tuesday training' });
    const facilitator = await harness.connect(server);
    unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    const ana = await harness.connect(server);
    const anaToken = newToken();
    const joined = unwrap(await ana.join(workshop.code, 'Ana', { token: anaToken }));
    if (joined.identity.kind !== 'participant') throw new Error('Ana joined as something other than a participant');
    const anaCredential: Credential = {
      kind: 'participant',
      participantId: joined.identity.participantId,
      token: anaToken,
    };
    unwrap(await facilitator.addCard('interests', 'Chess'));
    const before = (await snapshotOf(harness, server, workshop)).state;
    facilitator.socket.disconnect();
    ana.socket.disconnect();
    await everyScreenGone(server);

    now += IDLE_MS - 1;
    server.service.evictIdle();
    expect(await health(server)).toMatchObject({ workshops: 1, loaded: 1 });
    now += 1;
    server.service.evictIdle();
    expect(await health(server)).toMatchObject({ workshops: 1, loaded: 0 });

    const anaAgain = await harness.connect(server);
    const resumed = unwrap(await anaAgain.resume(workshop.code, anaCredential));
    expect(resumed.state).toEqual(before);
    expect(await health(server)).toMatchObject({ loaded: 1 });
    const host = await harness.connect(server);
    unwrap(await host.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    unwrap(await host.addCard('values', 'Family'));
    expect(Object.values((await snapshotOf(harness, server, workshop)).state.cards).map((c) => c.text)).toEqual([
      'Chess',
      'Family',
    ]);
  });

  it('lets idle workshops go by itself, on its sweep timer', async () => {
    const server = await harness.startServer(undefined, { now: () => now, idleMs: IDLE_MS, app: { idleSweepMs: 10 } });
    await createWorkshop(server);
    expect(await health(server)).toMatchObject({ workshops: 1, loaded: 1 });
    now += IDLE_MS;
    await vi.waitFor(async () => expect(await health(server)).toMatchObject({ workshops: 1, loaded: 0 }));
  });

  it('never lets go of a workshop while a screen is in it', async () => {
    const server = await start();
    const workshop = await createWorkshop(server);
    const facilitator = await harness.connect(server);
    unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    const ana = await harness.connect(server);
    unwrap(await ana.join(workshop.code, 'Ana'));
    ana.socket.disconnect();
    await vi.waitFor(() => expect(server.app.io.of('/').sockets.size).toBe(1));

    now += 24 * 60 * MINUTE_MS;
    server.service.evictIdle();
    expect(await health(server)).toMatchObject({ loaded: 1 });
    // The screen still speaks to the same workshop, not to a second copy read from the disk.
    const added = unwrap(await facilitator.addCard('values', 'Still here'));
    await facilitator.eventsThrough(added.seq);
    expect((await snapshotOf(harness, server, workshop)).state.seq).toBe(added.seq);
  });

  it('never lets go of a workshop whose clock will move by itself', async () => {
    const server = await harness.startServer(undefined, { now: () => now, idleMs: MINUTE_MS });
    const { workshop } = await pairsRunning(server);
    await everyScreenGone(server);

    // Long past the idle time, before the sub-phase's end (8 minutes): the timer still needs it.
    now += 7 * MINUTE_MS;
    server.service.evictIdle();
    expect(await health(server)).toMatchObject({ loaded: 1 });
    expect((await snapshotOf(harness, server, workshop)).state.clock.runningSince).toBe(T0);
  });

  it('lets go of a workshop whose clock runs on with no sub-phase ahead, and its clock still runs when it comes back', async () => {
    const server = await start();
    const { workshop, stepId } = await lastStepRunning(server);
    await everyScreenGone(server);

    now += IDLE_MS;
    server.service.evictIdle();
    expect(await health(server)).toMatchObject({ loaded: 0 });
    expect((await snapshotOf(harness, server, workshop)).state.clock).toMatchObject({ stepId, runningSince: T0 });
  });

  it('keeps a workshop whose last change is not on disk yet', async () => {
    const server = await start();
    const { service } = server;
    const { state } = await service.create('Written later', 'practice-1on1');
    now += IDLE_MS;
    // Decided now, written by the group commit at the end of this turn.
    const starting = service.execute(state.code, { kind: 'facilitator' }, { type: 'clock:start' }, randomUUID());
    now += IDLE_MS;
    // Until the commit, memory holds the only copy.
    expect(service.evictIdle()).toBe(0);
    expect(service.loadedCount).toBe(1);
    unwrap((await starting).result);
    expect(service.evictIdle()).toBe(1);
    expect((await service.get(state.code))?.clock.runningSince).toBe(T0 + IDLE_MS);
  });

  it('catches up a clock stored running before a restart, reading only the workshops whose clock may move by itself', async () => {
    const dbFile = harness.tempDbFile();
    await storeFinishedWorkshops(dbFile, 20);
    const before = await start(dbFile);
    const { workshop, phaseIds } = await pairsRunning(before);
    // Their clocks run too, but cannot move by itself: on a step without sub-phases, and in the
    // pairs step's last sub-phase. Neither is read at start.
    await lastStepRunning(before);
    // The pairs step has five sub-phases (8/2/8/2/5 minutes).
    const inLastPhase = await pairsRunning(before, 4);
    expect((await snapshotOf(harness, before, inLastPhase.workshop)).state.clock).toMatchObject({
      phaseId: inLastPhase.phaseIds.at(-1),
      runningSince: T0,
    });
    await everyScreenGone(before);
    await before.close();

    now = T0 + 9 * MINUTE_MS;
    const after = await start(dbFile);
    expect(await health(after)).toMatchObject({ workshops: 23, loaded: 1 });
    // The scheduler's timer for the boundary that passed while the server was down fires at once.
    await vi.waitFor(async () => {
      const { clock } = (await snapshotOf(harness, after, workshop)).state;
      expect(clock).toMatchObject({ phaseId: phaseIds[1], runningSince: T0 + 8 * MINUTE_MS });
    });
  });
});
