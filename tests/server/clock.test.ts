import { setTimeout as delay } from 'node:timers/promises';
import {
  ClockSync,
  MINUTE_MS,
  projectClock,
  readClock,
  type CreateWorkshopResponse,
  type Result,
  type SequencedEvent,
  type TimeSyncAnswer,
  type WorkshopState,
} from '@common-ground/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createWorkshop,
  Harness,
  newToken,
  snapshotOf,
  unwrap,
  type TestClient,
  type TestServer,
  follow,
  send,
  type Screen,
  projectorCredential,
} from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** What a screen shows at server time `now`: the clock with due sub-phase advances applied. */
function shown(state: WorkshopState, now: number) {
  return readClock(state.agenda, projectClock(state.agenda, state.clock, state.settings.autoAdvance, now), now);
}

interface Room {
  server: TestServer;
  workshop: CreateWorkshopResponse;
  facilitator: Screen;
  projector: Screen;
  ana: Screen;
  ben: Screen;
  anaId: string;
  anaToken: string;
  benId: string;
  everyone: Screen[];
}

/**
 * A practice workshop with a facilitator, a projector, Ana and Ben, every screen having taken
 * the join events it was sent, so each test starts with empty inboxes at seq 2.
 */
async function openRoom(options: { now?: () => number } = {}): Promise<Room> {
  const server = await harness.startServer(undefined, options);
  const workshop = await createWorkshop(server, { title: 'Practice 1:1', template: 'practice-1on1' });
  const clients = await Promise.all([1, 2, 3, 4].map(() => harness.connect(server)));
  const [fc, pc, ac, bc] = clients as [TestClient, TestClient, TestClient, TestClient];
  const facilitator = follow(
    fc,
    unwrap(await fc.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken })),
  );
  const projector = follow(pc, unwrap(await pc.resume(workshop.code, projectorCredential(workshop))));
  const anaToken = newToken();
  const ana = follow(ac, unwrap(await ac.join(workshop.code, 'Ana', { token: anaToken })));
  const ben = follow(bc, unwrap(await bc.join(workshop.code, 'Ben')));
  await Promise.all([fc, pc, ac].map((client) => client.eventsThrough(2)));
  const idOf = (name: string) => Object.values(ben.state.participants).find((p) => p.name === name)?.id ?? '';
  return {
    server,
    workshop,
    facilitator,
    projector,
    ana,
    ben,
    anaId: idOf('Ana'),
    anaToken,
    benId: idOf('Ben'),
    everyone: [facilitator, projector, ana, ben],
  };
}

function stateNow(room: Room): Promise<WorkshopState> {
  return snapshotOf(harness, room.server, room.workshop).then((snapshot) => snapshot.state);
}

/** Every screen's next workshop:events message; asserts they are one and the same. */
async function everyoneReceives(room: Room): Promise<SequencedEvent[]> {
  const received = await Promise.all(room.everyone.map((screen) => screen.client.events.next()));
  for (const batch of received) expect(batch).toEqual(received[0]);
  return received[0] ?? [];
}

/**
 * Proves that no screen received anything since the last message it took: the facilitator
 * adds a card, and since a socket delivers in order, each screen's next message must be it.
 */
async function expectNobodyReceivedAnything(room: Room): Promise<void> {
  const { seq } = unwrap(await room.facilitator.client.addCard('resources', 'Follow-up'));
  const batch = await everyoneReceives(room);
  expect(batch).toEqual([{ seq, at: expect.any(Number), event: expect.objectContaining({ type: 'card:added' }) }]);
}

function clockCommands(room: Room) {
  const report = room.facilitator.state.agenda[2];
  if (!report) throw new Error('the practice template has no third step');
  return [
    ['clock:start', {}],
    ['clock:pause', {}],
    ['clock:adjust', { minutes: 1 }],
    ['clock:next', {}],
    ['clock:previous', {}],
    ['clock:goto', { stepId: report.id }],
  ] as const;
}

describe('who may run the clock', () => {
  it('refuses every clock command from a participant who is not the timekeeper, and nobody hears of it', async () => {
    const room = await openRoom();
    const before = await stateNow(room);
    for (const [type, payload] of clockCommands(room)) {
      expect(await send(room.ana.client, type, payload), type).toEqual({
        ok: false,
        error: { code: 'forbidden', reason: 'clock.keepersOnly' },
      });
    }
    expect(await stateNow(room)).toEqual(before);
    await expectNobodyReceivedAnything(room);
  });

  it('refuses every clock command from the projector', async () => {
    const room = await openRoom();
    for (const [type, payload] of clockCommands(room)) {
      expect(await send(room.projector.client, type, payload), type).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    await expectNobodyReceivedAnything(room);
  });

  it('shows every screen the new timekeeper, who can then start and pause the clock', async () => {
    const room = await openRoom();
    const { ana, anaId } = room;
    expect(
      await send(room.facilitator.client, 'participant:assign-role', { participantId: anaId, role: 'timekeeper' }),
    ).toEqual({ ok: true, data: { seq: 3 } });
    expect(await everyoneReceives(room)).toEqual([
      {
        seq: 3,
        at: expect.any(Number),
        event: { type: 'participant:role-assigned', participantId: anaId, role: 'timekeeper' },
      },
    ]);
    for (const screen of room.everyone) expect(screen.state.participants[anaId]?.role).toBe('timekeeper');

    expect(await send(ana.client, 'clock:start', {})).toEqual({ ok: true, data: { seq: 4 } });
    const [started] = await everyoneReceives(room);
    expect(started).toEqual({ seq: 4, at: expect.any(Number), event: { type: 'clock:started' } });
    for (const screen of room.everyone) {
      expect(screen.state.clock).toMatchObject({ runningSince: started?.at, started: true });
    }

    expect(await send(ana.client, 'clock:pause', {})).toEqual({ ok: true, data: { seq: 5 } });
    expect(await everyoneReceives(room)).toEqual([{ seq: 5, at: expect.any(Number), event: { type: 'clock:paused' } }]);
    expect((await stateNow(room)).clock).toMatchObject({ runningSince: null, started: true });
  });

  it('takes the role from the previous timekeeper, who is refused from then on', async () => {
    const room = await openRoom();
    const { anaId, benId } = room;
    unwrap(
      await send(room.facilitator.client, 'participant:assign-role', { participantId: anaId, role: 'timekeeper' }),
    );
    await everyoneReceives(room);

    unwrap(
      await send(room.facilitator.client, 'participant:assign-role', { participantId: benId, role: 'timekeeper' }),
    );
    expect((await everyoneReceives(room)).map((e) => e.event)).toEqual([
      { type: 'participant:role-assigned', participantId: anaId, role: 'participant' },
      { type: 'participant:role-assigned', participantId: benId, role: 'timekeeper' },
    ]);

    expect(await send(room.ana.client, 'clock:start', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(unwrap(await send(room.ben.client, 'clock:start', {})).seq).toBe(6);
    expect((await everyoneReceives(room)).map((e) => e.event.type)).toEqual(['clock:started']);
  });

  it('refuses the agenda, the settings and the roles to the timekeeper, and nobody hears of it', async () => {
    const room = await openRoom();
    const { anaId, benId } = room;
    unwrap(
      await send(room.facilitator.client, 'participant:assign-role', { participantId: anaId, role: 'timekeeper' }),
    );
    await everyoneReceives(room);
    const before = await stateNow(room);
    const first = before.agenda[0];
    if (!first) throw new Error('empty agenda');

    const attempts = [
      send(room.ana.client, 'agenda:save-step', { step: { ...first, title: 'Mine now' } }),
      send(room.ana.client, 'agenda:remove-step', { stepId: first.id }),
      send(room.ana.client, 'agenda:move-step', { stepId: first.id, toIndex: 3 }),
      send(room.ana.client, 'settings:update', { autoAdvance: false }),
      send(room.ana.client, 'participant:assign-role', { participantId: benId, role: 'notetaker' }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result).toEqual({
        ok: false,
        error: { code: 'forbidden', reason: 'workshop.facilitatorOnly' },
      });
    }
    expect(await stateNow(room)).toEqual(before);
    await expectNobodyReceivedAnything(room);
  });
});

/**
 * A screen's estimate of the server's clock, over a simulated network: its own steady clock is
 * `skewMs` off, each request takes `upMs` longer to arrive and each answer `downMs` to come back.
 */
function syncOver(screen: Screen, skewMs: number, upMs: number, downMs: number): ClockSync {
  const ask = async (): Promise<number> => {
    await delay(upMs);
    // socket.io's typings lose this ack's type (its message is an empty record), so name it here.
    const answer = unwrap((await screen.client.sendRaw('time:sync', {})) as Result<TimeSyncAnswer>);
    await delay(downMs);
    return answer.serverNow;
  };
  return new ClockSync(ask, () => performance.now() + skewMs);
}

/**
 * Each screen's remaining time, from the state it holds and its estimate of the server's
 * clock, minus the server's own reading of its state, taken back to back.
 */
async function disagreements(room: Room, syncs: Map<Screen, ClockSync>): Promise<number[]> {
  const server = await stateNow(room);
  return [...syncs].map(([screen, sync]) => {
    const serverReading = shown(server, Date.now());
    const screenReading = shown(screen.state, sync.serverNow());
    return screenReading.remainingMs - serverReading.remainingMs;
  });
}

describe('every screen shows the same time', () => {
  it('agrees with the server within 50 ms on screens whose clocks are minutes off over an uneven network', async () => {
    const room = await openRoom();
    const syncs = new Map([
      [room.ana, syncOver(room.ana, 7 * MINUTE_MS, 30, 5)],
      [room.ben, syncOver(room.ben, -3 * MINUTE_MS, 5, 30)],
      [room.projector, syncOver(room.projector, 26 * 60 * MINUTE_MS, 15, 15)],
      [room.facilitator, syncOver(room.facilitator, 0, 0, 0)],
    ]);
    unwrap(await send(room.facilitator.client, 'clock:start', {}));
    await everyoneReceives(room);
    await Promise.all([...syncs.values()].map((sync) => sync.sync(5)));
    const server = await stateNow(room);
    for (const screen of room.everyone) expect(screen.state.clock).toEqual(server.clock);

    for (const diff of await disagreements(room, syncs)) expect(Math.abs(diff)).toBeLessThan(50);
  });

  it('still agrees after a screen loses its connection, misses changes, comes back and syncs again', async () => {
    const room = await openRoom();
    const { ana } = room;
    const anaSync = syncOver(ana, 7 * MINUTE_MS, 30, 5);
    const benSync = syncOver(room.ben, -3 * MINUTE_MS, 5, 30);
    await Promise.all([anaSync.sync(5), benSync.sync(5)]);
    unwrap(await send(room.facilitator.client, 'clock:start', {}));
    await everyoneReceives(room);

    ana.client.socket.disconnect();
    const others = room.everyone.filter((screen) => screen !== ana);
    unwrap(await send(room.facilitator.client, 'clock:adjust', { minutes: 2 }));
    unwrap(await send(room.facilitator.client, 'clock:next', {}));
    await Promise.all(
      others.map((screen) => screen.client.events.until((b) => b.some((e) => e.event.type === 'clock:moved'))),
    );

    ana.client.socket.connect();
    await new Promise<void>((resolve) => ana.client.socket.once('connect', () => resolve()));
    const snapshot = unwrap(
      await ana.client.resume(room.workshop.code, {
        kind: 'participant',
        participantId: room.anaId,
        token: room.anaToken,
      }),
    );
    ana.state = snapshot.state;
    anaSync.reset();
    await anaSync.sync(5);

    expect(ana.state.clock).toEqual(room.ben.state.clock);
    const diffs = await disagreements(
      room,
      new Map([
        [ana, anaSync],
        [room.ben, benSync],
      ]),
    );
    for (const diff of diffs) expect(Math.abs(diff)).toBeLessThan(50);
  });
});

/**
 * A room whose server clock is the real one shifted by what `shiftBy` sets, so a boundary comes
 * up soon, with the clock started on the practice's second step: `boundary` is when its first
 * sub-phase (8 minutes) ends.
 */
async function startPairsStep() {
  let shiftMs = 0;
  const serverNow = () => Date.now() + shiftMs;
  const room = await openRoom({ now: serverNow });
  const pairs = room.facilitator.state.agenda[1];
  if (!pairs) throw new Error('the practice template has no second step');
  unwrap(await send(room.facilitator.client, 'clock:goto', { stepId: pairs.id }));
  await everyoneReceives(room);
  unwrap(await send(room.facilitator.client, 'clock:start', {}));
  const [started] = await everyoneReceives(room);
  const boundary = (started?.at ?? 0) + 8 * MINUTE_MS;
  const shiftBy = (ms: number) => {
    shiftMs = ms;
  };
  return { room, pairs, boundary, shiftBy, serverNow };
}

describe('sub-phases advance on their own', () => {
  it('moves every screen to the next sub-phase, starting exactly at the boundary', async () => {
    const { room, pairs, boundary, shiftBy } = await startPairsStep();

    // Jump to 100 ms before the boundary; the next commit sets the server's timer afresh.
    shiftBy(8 * MINUTE_MS - 100);
    unwrap(await room.facilitator.client.addCard('values', 'Listening'));
    await everyoneReceives(room);
    // Screens switch on their own at the boundary, before any message from the server.
    for (const screen of room.everyone) expect(shown(screen.state, boundary).phase?.id).toBe(pairs.phases[1]?.id);

    const [moved] = await everyoneReceives(room);
    expect(moved).toEqual({
      seq: expect.any(Number),
      at: expect.any(Number),
      event: {
        type: 'clock:moved',
        stepId: pairs.id,
        phaseId: pairs.phases[1]?.id,
        running: true,
        startAt: boundary,
        auto: true,
      },
    });
    expect(moved?.at).toBeGreaterThanOrEqual(boundary);
    const server = await stateNow(room);
    expect(server.clock).toMatchObject({ phaseId: pairs.phases[1]?.id, runningSince: boundary });
    for (const screen of room.everyone) expect(screen.state.clock).toEqual(server.clock);
  });

  it('applies a boundary its timer has not reached yet before a command, so the command acts on what screens show', async () => {
    const { room, pairs, boundary, shiftBy, serverNow } = await startPairsStep();

    // 1.5 s past the boundary, while the server's timer is still minutes away: every screen
    // already shows the second sub-phase, and that is the one the facilitator pauses.
    shiftBy(8 * MINUTE_MS + 1_500);
    const { seq } = unwrap(await send(room.facilitator.client, 'clock:pause', {}));
    const received = await Promise.all(
      room.everyone.map(async (screen) => {
        const events: SequencedEvent[] = [];
        while (!events.some((e) => e.seq === seq)) events.push(...(await screen.client.events.next()));
        return events.map((e) => e.event);
      }),
    );
    for (const events of received) {
      expect(events).toEqual([
        {
          type: 'clock:moved',
          stepId: pairs.id,
          phaseId: pairs.phases[1]?.id,
          running: true,
          startAt: boundary,
          auto: true,
        },
        { type: 'clock:paused' },
      ]);
    }
    const server = await stateNow(room);
    const reading = readClock(server.agenda, server.clock, serverNow());
    expect(reading.phase?.id).toBe(pairs.phases[1]?.id);
    expect(reading.running).toBe(false);
    expect(reading.elapsedMs).toBeGreaterThanOrEqual(1_500);
    expect(reading.elapsedMs).toBeLessThan(5_000);
    for (const screen of room.everyone) expect(screen.state.clock).toEqual(server.clock);
  });
});
