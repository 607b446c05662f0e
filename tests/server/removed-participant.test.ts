import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changeDoc,
  createWorkshop,
  Harness,
  newToken,
  openDoc,
  send,
  unwrap,
  type TestClient,
  type TestServer,
} from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** Resolves with why the server ended this screen's session, once it has also disconnected it. */
function endedAndDropped(client: TestClient): Promise<string> {
  return new Promise((resolve) => {
    let reason = '';
    client.socket.once('session:ended', (message) => (reason = message.reason));
    client.socket.once('disconnect', () => resolve(reason));
  });
}

async function roomWithAna(server: TestServer) {
  const workshop = await createWorkshop(server);
  const facilitator = await harness.connect(server);
  unwrap(await facilitator.resume(workshop.code, { kind: 'facilitator', token: workshop.facilitatorToken }));
  const token = newToken();
  const joinId = randomUUID();
  const ana = await harness.connect(server);
  const joined = unwrap(await ana.join(workshop.code, 'Ana', { token, commandId: joinId }));
  if (joined.identity.kind !== 'participant') throw new Error('Ana is not a participant');
  const credential = { kind: 'participant', participantId: joined.identity.participantId, token } as const;
  const anaSecondTab = await harness.connect(server);
  unwrap(await anaSecondTab.resume(workshop.code, credential));
  return { workshop, facilitator, ana, anaSecondTab, credential, joinId };
}

describe('a participant the facilitator removes', () => {
  it('is out everywhere at once: every screen told and dropped, the key and the join refused', async () => {
    const server = await harness.startServer();
    const { workshop, facilitator, ana, anaSecondTab, credential, joinId } = await roomWithAna(server);
    unwrap(
      await send(facilitator, 'participant:assign-role', {
        participantId: credential.participantId,
        role: 'notetaker',
      }),
    );

    const dropped = [endedAndDropped(ana), endedAndDropped(anaSecondTab)];
    unwrap(await send(facilitator, 'participant:leave', { participantId: credential.participantId }));
    expect(await Promise.all(dropped)).toEqual(['removed', 'removed']);

    const again = await harness.connect(server);
    expect(await again.resume(workshop.code, credential)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await again.join(workshop.code, 'Ana', { token: credential.token, commandId: joinId })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    // The refused screen is in no workshop: it can neither act nor read anything private.
    expect(await send(again, 'card:suggest', { column: 'values', text: 'Still here' })).toMatchObject({
      ok: false,
      error: { code: 'not_in_session' },
    });
    const ownKey = credential.participantId;
    for (const [kind, change] of [
      ['evaluation', { answers: {} }],
      ['followup', { type: 'meeting:remove', meetingId: 'm1' }],
    ] as const) {
      expect(await openDoc(again, kind, ownKey)).toMatchObject({ ok: false, error: { code: 'not_in_session' } });
      expect(await changeDoc(again, kind, ownKey, change)).toMatchObject({ ok: false });
    }

    // Her note-taker's key no longer exports the record.
    const res = await fetch(`${server.url}/api/workshops/${workshop.code}/export.md`, {
      headers: { authorization: `Bearer ${credential.participantId}:${credential.token}` },
    });
    expect(res.status).toBe(401);

    // The room goes on without her, and she hears none of it.
    const heard: unknown[] = [];
    ana.socket.onAny((...args) => heard.push(args));
    unwrap(await facilitator.addCard('values', 'Family'));
    expect(heard).toEqual([]);
  });

  it('tells a participant who leaves by their own choice that they left, and refuses their key after', async () => {
    const server = await harness.startServer();
    const { workshop, ana, anaSecondTab, credential } = await roomWithAna(server);
    const dropped = [endedAndDropped(ana), endedAndDropped(anaSecondTab)];
    unwrap(await send(ana, 'participant:leave', { participantId: credential.participantId }));
    expect(await Promise.all(dropped)).toEqual(['left', 'left']);
    const again = await harness.connect(server);
    expect(await again.resume(workshop.code, credential)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
