import { randomUUID } from 'node:crypto';
import { openPostgresStores, WorkshopService, type PostgresStores } from '@common-ground/server';
import { MINUTE_MS, type Command, type SequencedEvent } from '@common-ground/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { freshSchema, queryIn, type TestSchema } from './postgres-database.js';

const T0 = Date.UTC(2026, 2, 14, 9);

/** The clock both "processes" read, moved by the test alone. */
let now = T0;
let schema: TestSchema | undefined;
const opened: PostgresStores[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((stores) => stores.close()));
  await schema?.drop();
  schema = undefined;
  now = T0;
});

/** One server process's authority over workshops, on the shared PostgreSQL database. */
async function serverProcess(url: string): Promise<WorkshopService> {
  const stores = await openPostgresStores(url, { now: () => now });
  opened.push(stores);
  return new WorkshopService(stores.workshops, () => now);
}

async function execute(service: WorkshopService, code: string, command: Command): Promise<void> {
  const { result } = await service.execute(code, { kind: 'facilitator' }, command, randomUUID());
  if (!result.ok) throw new Error(`refused: ${result.error.reason}`);
}

describe('a sub-phase boundary in a cluster', () => {
  it('is applied exactly once, whichever process’s timer fires first, each time two fire together', async () => {
    schema = await freshSchema();
    const [a, b] = await Promise.all([serverProcess(schema.url), serverProcess(schema.url)]);
    const { state } = await a.create('Practice 1:1', 'practice-1on1');
    const pairs = state.agenda[1];
    if (pairs?.kind !== 'pairs') throw new Error('the practice template has no pairs step second');
    await execute(a, state.code, { type: 'clock:goto', stepId: pairs.id });
    await execute(b, state.code, { type: 'clock:start' });

    // The pairs step's sub-phases end at 8, 10, 18 and 20 minutes: both timers fire at each.
    const applied: SequencedEvent[] = [];
    for (const minutes of [8, 10, 18, 20]) {
      now = T0 + minutes * MINUTE_MS + 50;
      const [fromA, fromB] = await Promise.all([a.advanceDue(state.code), b.advanceDue(state.code)]);
      expect(fromA.length + fromB.length).toBe(1);
      applied.push(...fromA, ...fromB);
    }
    expect(applied.map(({ event }) => (event.type === 'clock:moved' ? event.startAt : null))).toEqual(
      [8, 10, 18, 20].map((minutes) => T0 + minutes * MINUTE_MS),
    );
    const rows = await queryIn<{ event: string }>(
      schema,
      'SELECT event FROM events WHERE workshop_code = $1 ORDER BY seq',
      [state.code],
    );
    const autoMoves = rows.map((row) => JSON.parse(row.event) as { type: string; auto?: boolean });
    expect(autoMoves.filter((event) => event.type === 'clock:moved' && event.auto)).toHaveLength(4);
    // Both processes now read the same clock, in the last sub-phase.
    expect((await a.get(state.code))?.clock).toEqual((await b.get(state.code))?.clock);
    expect((await b.get(state.code))?.clock.phaseId).toBe(pairs.phases.at(-1)?.id);
  });
});
