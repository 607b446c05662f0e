import { describe, expect, it } from 'vitest';
import { bestEstimate, ClockSync, estimateFromSample } from './time-sync.js';

const MINUTE_MS = 60_000;
const SERVER_START = Date.UTC(2025, 2, 14, 18, 0, 0);

/**
 * A simulated network: one true time line, a server whose clock reads it exactly, and a screen
 * whose steady clock is off by `skewMs`. Each round trip spends `delays[i]` going up and coming
 * back down, so the test knows the true answer the estimate should approach.
 */
function network(skewMs: number, delays: Array<[up: number, down: number]>) {
  let trueNow = SERVER_START;
  let skew = skewMs;
  let call = 0;
  const monotonic = () => trueNow + skew;
  const ask = async (): Promise<number> => {
    const [up, down] = delays[call % delays.length] ?? [0, 0];
    call += 1;
    trueNow += up;
    const serverNow = trueNow;
    trueNow += down;
    return serverNow;
  };
  return {
    monotonic,
    ask,
    /** Time passes with no messages in flight. */
    wait: (ms: number) => {
      trueNow += ms;
    },
    /** Time passes while the screen's steady clock stands still, as when a laptop sleeps. */
    sleep: (ms: number) => {
      trueNow += ms;
      skew -= ms;
    },
    serverNow: () => trueNow,
  };
}

describe('estimateFromSample', () => {
  it('takes the server’s time to be that of the midpoint of the round trip', () => {
    expect(estimateFromSample({ sentAt: 1_000, receivedAt: 1_040, serverNow: 50_000 })).toEqual({
      offsetMs: 50_000 - 1_020,
      roundTripMs: 40,
    });
  });

  it('never reports a negative round trip', () => {
    expect(estimateFromSample({ sentAt: 1_000, receivedAt: 990, serverNow: 5_000 }).roundTripMs).toBe(0);
  });
});

describe('bestEstimate', () => {
  it('has nothing to say without samples', () => {
    expect(bestEstimate([])).toBeNull();
  });

  it('trusts the sample with the smallest round trip, wherever it comes in the list', () => {
    const samples = [
      { sentAt: 0, receivedAt: 100, serverNow: 5_000 },
      { sentAt: 200, receivedAt: 210, serverNow: 5_300 },
      { sentAt: 400, receivedAt: 460, serverNow: 5_700 },
    ];
    expect(bestEstimate(samples)).toEqual({ offsetMs: 5_300 - 205, roundTripMs: 10 });
    expect(bestEstimate([...samples].reverse())).toEqual({ offsetMs: 5_300 - 205, roundTripMs: 10 });
  });
});

describe('ClockSync', () => {
  it('reads the screen’s own clock until it has synced', () => {
    const net = network(7 * MINUTE_MS, [[10, 10]]);
    const sync = new ClockSync(net.ask, net.monotonic);
    expect(sync.synced).toBe(false);
    expect(sync.serverNow()).toBe(net.monotonic());
  });

  it('finds the server’s time from a screen whose clock is minutes off, using the shortest round trip', async () => {
    const net = network(7 * MINUTE_MS, [
      [30, 5],
      [80, 40],
      [4, 2],
      [5, 30],
      [60, 1],
    ]);
    const sync = new ClockSync(net.ask, net.monotonic);
    const estimate = await sync.sync(5);
    expect(sync.synced).toBe(true);
    // The 4 ms up, 2 ms down sample: the server read its clock 1 ms after the round trip's midpoint.
    expect(estimate).toEqual({ offsetMs: -7 * MINUTE_MS + 1, roundTripMs: 6 });
    net.wait(10 * MINUTE_MS);
    expect(sync.serverNow() - net.serverNow()).toBe(1);
  });

  it.each<[string, number, [number, number]]>([
    ['an answer that is slow to come back', -3 * MINUTE_MS, [5, 45]],
    ['a request that is slow to arrive', 3 * MINUTE_MS, [45, 5]],
    ['an answer that takes the whole round trip', 11 * MINUTE_MS, [0, 50]],
    ['a request that takes the whole round trip', -11 * MINUTE_MS, [50, 0]],
    ['a symmetric network', 2 * MINUTE_MS, [25, 25]],
  ])('is never further off than half the round trip, with %s', async (_case, skewMs, delay) => {
    const net = network(skewMs, [delay]);
    const sync = new ClockSync(net.ask, net.monotonic);
    const estimate = await sync.sync(3);
    expect(estimate?.roundTripMs).toBe(50);
    expect(Math.abs(sync.serverNow() - net.serverNow())).toBeLessThanOrEqual(25);
  });

  it('keeps only the most recent samples, so a stale best one is forgotten', async () => {
    const net = network(MINUTE_MS, [
      [1, 1],
      [20, 10],
      [20, 10],
      [20, 10],
    ]);
    const sync = new ClockSync(net.ask, net.monotonic, 3);
    expect((await sync.sync(1))?.roundTripMs).toBe(2);
    expect((await sync.sync(3))?.roundTripMs).toBe(30);
  });

  it('keeps its estimate when the server does not answer', async () => {
    const net = network(MINUTE_MS, [[2, 2]]);
    let online = true;
    const sync = new ClockSync(() => (online ? net.ask() : Promise.reject(new Error('timeout'))), net.monotonic);
    const first = await sync.sync(2);
    online = false;
    expect(await sync.sync(5)).toEqual(first);
    expect(Math.abs(sync.serverNow() - net.serverNow())).toBeLessThanOrEqual(2);
  });

  it('has no estimate when the server never answered', async () => {
    const sync = new ClockSync(
      () => Promise.reject(new Error('offline')),
      () => 42,
    );
    expect(await sync.sync()).toBeNull();
    expect(sync.synced).toBe(false);
    expect(sync.serverNow()).toBe(42);
  });

  it('forgets old samples on reset, so a worse round trip afterwards is used', async () => {
    const net = network(MINUTE_MS, [
      [1, 1],
      [10, 10],
    ]);
    const sync = new ClockSync(net.ask, net.monotonic);
    expect((await sync.sync(1))?.roundTripMs).toBe(2);
    sync.reset();
    expect(sync.synced).toBe(true);
    expect((await sync.sync(1))?.roundTripMs).toBe(20);
  });

  it('shifts the estimate at once by a known pause of the steady clock', async () => {
    const net = network(MINUTE_MS, [[3, 3]]);
    const sync = new ClockSync(net.ask, net.monotonic);
    await sync.sync(1);
    net.sleep(30_000);
    expect(net.serverNow() - sync.serverNow()).toBe(30_000);
    sync.shift(30_000);
    expect(sync.serverNow()).toBe(net.serverNow());
    // The shifted samples agree with new ones, so the next sync keeps the same estimate.
    expect(await sync.sync(2)).toEqual({ offsetMs: -MINUTE_MS + 30_000, roundTripMs: 6 });
  });
});
