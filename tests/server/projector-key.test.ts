import { createWorkshopResponseSchema, type CreateWorkshopResponse } from '@common-ground/shared';
import { openDatabase } from '@common-ground/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWorkshop,
  Harness,
  newToken,
  projectorCredential,
  unwrap,
  type TestClient,
  type TestServer,
} from './helpers.js';

const harness = new Harness();
let server: TestServer;
let workshop: CreateWorkshopResponse;
let facilitator: TestClient;

beforeEach(async () => {
  server = await harness.startServer();
  workshop = await createWorkshop(server, { title: 'Practice 1:1' });
  facilitator = await harness.connect(server);
  unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
});
afterEach(() => harness.cleanup());

function keyOf(created: CreateWorkshopResponse): string {
  const credential = projectorCredential(created);
  if (credential.kind !== 'projector') throw new Error('expected a projector credential');
  return credential.token;
}

describe('the projector key', () => {
  it('lets the projector in with the key from its link, without a key in its snapshot', async () => {
    const projector = await harness.connect(server);
    const snapshot = unwrap(await projector.resume(workshop.code, projectorCredential(workshop)));
    expect(snapshot.identity).toEqual({ kind: 'projector' });
    expect(snapshot.state.code).toBe(workshop.code);
    expect(snapshot.projectorToken).toBeUndefined();
    await facilitator.presence.until((p) => p.projectors === 1);
  });

  it('refuses a projector that knows only the code', async () => {
    const projector = await harness.connect(server);
    // The credential's shape now requires the key: the message is refused before any lookup.
    const result = await projector.sendRaw('session:resume', {
      code: workshop.code,
      credential: { kind: 'projector' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await projector.addCard('values', 'Peek')).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
  });

  it.each([
    ['a wrong key', () => newToken()],
    ['the facilitator key', () => workshop.facilitatorToken],
  ])('refuses %s as unauthorized and counts no projector', async (_label, token) => {
    expect(await facilitator.presence.next()).toMatchObject({ facilitator: true, projectors: 0 });
    const projector = await harness.connect(server);
    const result = await projector.resume(workshop.code, { kind: 'projector', token: token() });
    expect(result).toEqual({ ok: false, error: { code: 'unauthorized', reason: expect.any(String) } });
    // A real projector entering next is the first one counted.
    const real = await harness.connect(server);
    unwrap(await real.resume(workshop.code, projectorCredential(workshop)));
    expect(await facilitator.presence.next()).toMatchObject({ projectors: 1 });
  });

  it("refuses another workshop's projector key", async () => {
    const other = await createWorkshop(server, { title: 'Other' });
    const projector = await harness.connect(server);
    const result = await projector.resume(workshop.code, projectorCredential(other));
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('does not open the facilitator screen', async () => {
    const intruder = await harness.connect(server);
    const result = await intruder.resume(workshop.code, { kind: 'facilitator', token: keyOf(workshop) });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it("is in the facilitator's snapshot, the same after a reload, and in no participant's", async () => {
    const reloaded = await harness.connect(server);
    const again = unwrap(
      await reloaded.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }),
    );
    expect(again.projectorToken).toBe(keyOf(workshop));

    const ana = await harness.connect(server);
    const anaToken = newToken();
    const joined = unwrap(await ana.join(workshop.code, 'Ana', { token: anaToken }));
    const participantId = joined.identity.kind === 'participant' ? joined.identity.participantId : '';
    const resumed = unwrap(await ana.resume(workshop.code, { kind: 'participant', participantId, token: anaToken }));
    for (const snapshot of [joined, resumed]) {
      expect(snapshot.projectorToken).toBeUndefined();
      expect(JSON.stringify(snapshot)).not.toContain(keyOf(workshop));
    }
  });

  it('comes with an imported workshop too', async () => {
    const exported = await (
      await fetch(`${server.url}/api/workshops/${workshop.code}/export.json`, {
        headers: { authorization: `Bearer ${workshop.facilitatorToken}` },
      })
    ).text();
    const res = await fetch(`${server.url}/api/workshops/import?keep=record`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exported,
    });
    const imported = createWorkshopResponseSchema.parse(await res.json());
    expect(keyOf(imported)).not.toBe(keyOf(workshop));
    const projector = await harness.connect(server);
    expect(unwrap(await projector.resume(imported.code, projectorCredential(imported))).state.code).toBe(imported.code);
    const stranger = await harness.connect(server);
    const refused = await stranger.resume(imported.code, projectorCredential(workshop));
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});

describe('a workshop made before projector keys', () => {
  /** The state the migration leaves an older workshop in: no projector hash at all. */
  async function restartWithoutProjectorHash(): Promise<TestServer> {
    await server.close();
    const db = openDatabase(server.dbFile);
    db.prepare('UPDATE workshops SET projector_token_hash = NULL WHERE code = ?').run(workshop.code);
    db.close();
    return harness.startServer(server.dbFile);
  }

  it('lets no projector in until the facilitator comes back, then takes the key from their link', async () => {
    const restarted = await restartWithoutProjectorHash();
    const early = await harness.connect(restarted);
    expect(await early.resume(workshop.code, projectorCredential(workshop))).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });

    // The facilitator's next resume makes the key; their screen now shows the projector link.
    const back = await harness.connect(restarted);
    const snapshot = unwrap(
      await back.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }),
    );
    expect(snapshot.projectorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const credential = { kind: 'projector' as const, token: snapshot.projectorToken ?? '' };
    const projector = await harness.connect(restarted);
    unwrap(await projector.resume(workshop.code, credential));

    // Stored (as a hash): after another restart the same link still works, and only it.
    await restarted.close();
    const later = await harness.startServer(server.dbFile);
    const again = await harness.connect(later);
    unwrap(await again.resume(workshop.code, credential));
    expect(await again.resume(workshop.code, { kind: 'projector', token: newToken() })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('never stores the projector key itself, only its hash', async () => {
    await server.close();
    const db = openDatabase(server.dbFile);
    const dump = JSON.stringify(db.prepare('SELECT * FROM workshops').all());
    db.close();
    expect(dump).not.toContain(keyOf(workshop));
    expect(dump).toContain('projector_token_hash');
  });
});
