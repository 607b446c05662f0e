import { randomUUID } from 'node:crypto';
import { workshopSummarySchema } from '@common-ground/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, newToken, snapshotOf, unwrap } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

describe('a server restart', () => {
  it('brings back every workshop, its cards and participants, and lets people resume', async () => {
    const dbFile = harness.tempDbFile();
    const before = await harness.startServer(dbFile);
    const workshop = await createWorkshop(before, { title: 'Practice 1:1', template: 'training-plan' });

    const facilitator = await harness.connect(before);
    unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
    const ana = await harness.connect(before);
    const anaToken = newToken();
    const joined = unwrap(await ana.join(workshop.code, 'Ana', { token: anaToken }));
    if (joined.identity.kind !== 'participant') throw new Error('Ana joined as something other than a participant');
    const anaId = joined.identity.participantId;

    const addId = randomUUID();
    unwrap(await facilitator.addCard('values', 'Family', addId));
    unwrap(await facilitator.addCard('interests', 'Chess'));
    const last = unwrap(await facilitator.addCard('resources', 'A bike'));
    const stateBefore = (await snapshotOf(harness, before, workshop)).state;
    expect(stateBefore.seq).toBe(last.seq);

    facilitator.socket.disconnect();
    ana.socket.disconnect();
    await before.close();

    const after = await harness.startServer(dbFile);

    const res = await fetch(`${after.url}/api/workshops/${workshop.code}`);
    expect(res.status).toBe(200);
    expect(workshopSummarySchema.parse(await res.json())).toEqual({
      code: workshop.code,
      title: 'Practice 1:1',
      template: 'training-plan',
      createdAt: stateBefore.createdAt,
      participantCount: 1,
    });

    const snapshot = await snapshotOf(harness, after, workshop);
    expect(snapshot.identity).toEqual({ kind: 'facilitator' });
    expect(snapshot.state).toEqual(stateBefore);
    expect(Object.values(snapshot.state.cards).map((card) => card.text)).toEqual(['Family', 'Chess', 'A bike']);
    expect(snapshot.state.participants[anaId]).toMatchObject({ name: 'Ana', role: 'participant' });

    const anaAgain = await harness.connect(after);
    const resumed = unwrap(
      await anaAgain.resume(workshop.code, { kind: 'participant', participantId: anaId, token: anaToken }),
    );
    expect(resumed.identity).toEqual({ kind: 'participant', participantId: anaId });
    expect(resumed.state).toEqual(stateBefore);
  });

  it('still refuses wrong keys after a restart', async () => {
    const dbFile = harness.tempDbFile();
    const before = await harness.startServer(dbFile);
    const workshop = await createWorkshop(before);
    const ana = await harness.connect(before);
    const joined = unwrap(await ana.join(workshop.code, 'Ana'));
    const anaId = joined.identity.kind === 'participant' ? joined.identity.participantId : '';
    ana.socket.disconnect();
    await before.close();

    const after = await harness.startServer(dbFile);
    const client = await harness.connect(after);
    expect(await client.resume(workshop.code, { kind: 'facilitator', token: newToken() })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(
      await client.resume(workshop.code, { kind: 'participant', participantId: anaId, token: newToken() }),
    ).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('continues the sequence and remembers applied commands after a restart', async () => {
    const dbFile = harness.tempDbFile();
    const before = await harness.startServer(dbFile);
    const workshop = await createWorkshop(before);
    const credential = { kind: 'facilitator', token: workshop.facilitatorToken } as const;
    const facilitator = await harness.connect(before);
    unwrap(await facilitator.resume(workshop.code, credential));
    const commandId = randomUUID();
    const first = unwrap(await facilitator.addCard('values', 'Trust', commandId));
    facilitator.socket.disconnect();
    await before.close();

    const after = await harness.startServer(dbFile);
    const again = await harness.connect(after);
    unwrap(await again.resume(workshop.code, credential));

    // A retry that arrives after the restart is answered, not applied a second time.
    expect(await again.addCard('values', 'Trust', commandId)).toEqual({ ok: true, data: { seq: first.seq } });
    expect(unwrap(await again.addCard('values', 'Honesty')).seq).toBe(first.seq + 1);

    const state = (await snapshotOf(harness, after, workshop)).state;
    expect(Object.values(state.cards).map((card) => card.text)).toEqual(['Trust', 'Honesty']);
  });
});
