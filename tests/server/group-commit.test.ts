import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, Harness, unwrap, type TestClient, type TestServer } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

async function facilitatorIn(server: TestServer): Promise<{ code: string; token: string; facilitator: TestClient }> {
  const workshop = await createWorkshop(server);
  const facilitator = await harness.connect(server);
  unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
  return { code: workshop.code, token: workshop.facilitatorToken, facilitator };
}

// Commands that arrive together are committed together; these are the promises that must survive it.
// That no ack leaves before its commit is the durability suite's to show (kill -9 of a real process):
// in one process, the commit always runs before the test's socket can read its ack.
describe('commands committed a turn at a time', () => {
  it('applies a command sent twice in the same turn once, and answers both the same', async () => {
    const server = await harness.startServer();
    const { code, token, facilitator } = await facilitatorIn(server);
    const id = randomUUID();

    const [first, second] = await Promise.all([
      facilitator.addCard('values', 'Dignity', id),
      facilitator.addCard('values', 'Dignity', id),
    ]);
    expect(unwrap(second)).toEqual(unwrap(first));

    const other = await harness.connect(server);
    const snapshot = unwrap(await other.resume(code, { kind: 'facilitator', token }));
    expect(Object.values(snapshot.state.cards).map((card) => card.text)).toEqual(['Dignity']);
  });

  it('brings back after a restart every change of a burst that was acknowledged', async () => {
    const dbFile = harness.tempDbFile();
    const before = await harness.startServer(dbFile);
    const workshop = await createWorkshop(before);
    const facilitator = await harness.connect(before);
    const credential = { kind: 'facilitator' as const, token: workshop.facilitatorToken };
    unwrap(await facilitator.resume(workshop.code, credential));
    const accepted = await Promise.all(
      Array.from({ length: 30 }, (_, i) => facilitator.addCard('interests', `Interest ${i + 1}`)),
    );
    const lastSeq = Math.max(...accepted.map((result) => unwrap(result).seq));
    facilitator.socket.disconnect();
    await before.close();

    const after = await harness.startServer(dbFile);
    const again = await harness.connect(after);
    const snapshot = unwrap(await again.resume(workshop.code, credential));
    expect(snapshot.state.seq).toBe(lastSeq);
    expect(Object.keys(snapshot.state.cards)).toHaveLength(30);
  });
});
