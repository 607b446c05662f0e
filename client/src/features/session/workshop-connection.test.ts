import { ok, rateLimited, type Result } from '@common-ground/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../app/store';
import { credentials } from '../../lib/credentials';
import { FakeSocket } from '../../test/fake-socket';
import { sequence, snapshot, workshopWith } from '../../test/fixtures';
import { WorkshopConnection } from './workshop-connection';

const token = 'f'.repeat(43);

function open(socket: FakeSocket, credential = { kind: 'facilitator' as const, token }) {
  const connection = new WorkshopConnection({
    code: 'ABC234',
    socket: socket.asSyncSocket(),
    store: useStore,
    credential: () => credential,
  });
  const stop = connection.start();
  return { connection, stop };
}

describe('WorkshopConnection', () => {
  let socket: FakeSocket;
  beforeEach(() => {
    socket = new FakeSocket();
  });

  it('enters the workshop on connect and shows its state', async () => {
    socket.respond('session:resume', () => ok(snapshot(workshopWith([]))));
    open(socket);
    await expect.poll(() => useStore.getState().status).toBe('online');
    expect(socket.sentOf('session:resume')).toEqual([{ code: 'ABC234', credential: { kind: 'facilitator', token } }]);
    expect(useStore.getState().workshop?.title).toBe('Tuesday 1:1 training');
  });

  it('applies events in order and ignores ones it already has', async () => {
    socket.respond('session:resume', () => ok(snapshot(workshopWith([]))));
    open(socket);
    await expect.poll(() => useStore.getState().status).toBe('online');
    const added = sequence(
      [{ type: 'card:added', cardId: 'c1', column: 'values', text: 'Dignity', authorId: null }],
      1,
    );
    socket.push('workshop:events', { events: added });
    socket.push('workshop:events', { events: added });
    expect(Object.values(useStore.getState().workshop?.cards ?? {})).toHaveLength(1);
    expect(useStore.getState().workshop?.seq).toBe(1);
  });

  it('asks for a fresh snapshot when an event is missing', async () => {
    let resumes = 0;
    const later = workshopWith([
      { type: 'card:added', cardId: 'c1', column: 'values', text: 'Dignity', authorId: null },
      { type: 'card:added', cardId: 'c2', column: 'values', text: 'Respect', authorId: null },
    ]);
    socket.respond('session:resume', () => ok(snapshot(resumes++ === 0 ? workshopWith([]) : later)));
    open(socket);
    await expect.poll(() => useStore.getState().status).toBe('online');
    socket.push('workshop:events', {
      events: sequence([{ type: 'card:added', cardId: 'c2', column: 'values', text: 'Respect', authorId: null }], 2),
    });
    await expect.poll(() => useStore.getState().workshop?.seq).toBe(2);
    expect(resumes).toBe(2);
    expect(Object.keys(useStore.getState().workshop?.cards ?? {}).sort()).toEqual(['c1', 'c2']);
  });

  it('keeps a command made offline and sends it once the workshop is back', async () => {
    socket.respond('session:resume', () => ok(snapshot(workshopWith([]))));
    socket.respond('card:add', () => ok({ seq: 1 }));
    const { connection } = open(socket);
    await expect.poll(() => useStore.getState().status).toBe('online');

    socket.drop();
    expect(useStore.getState().status).toBe('offline');
    const answer = connection.send('card:add', { column: 'values', text: 'Dignity' });
    expect(useStore.getState().pendingCount).toBe(1);
    expect(socket.sentOf('card:add')).toHaveLength(0);

    socket.reconnect();
    await expect(answer).resolves.toEqual(ok({ seq: 1 }));
    expect(socket.sentOf('card:add')).toHaveLength(1);
    expect(useStore.getState().pendingCount).toBe(0);
  });

  it('says nothing about a lost connection when the page is left, and reconnects when Back brings it back', async () => {
    socket.respond('session:resume', () => ok(snapshot(workshopWith([]))));
    open(socket);
    await expect.poll(() => useStore.getState().status).toBe('online');

    window.dispatchEvent(new Event('pagehide'));
    expect(useStore.getState().status).not.toBe('offline');

    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await expect.poll(() => useStore.getState().status).toBe('online');
    expect(socket.sentOf('session:resume')).toHaveLength(2);
  });

  it('sends a retried command with the same command id', async () => {
    socket.respond('session:resume', () => ok(snapshot(workshopWith([]))));
    const { connection } = open(socket);
    await expect.poll(() => useStore.getState().status).toBe('online');
    void connection.send('card:add', { column: 'values', text: 'Dignity' });
    // The first answer is lost with the connection; the command goes again after reconnecting.
    socket.drop();
    socket.respond('card:add', () => ok({ seq: 1 }));
    socket.reconnect();
    await expect.poll(() => socket.sentOf('card:add').length).toBe(2);
    const [first, second] = socket.sentOf('card:add') as Array<{ commandId: string }>;
    expect(second?.commandId).toBe(first?.commandId);
  });

  describe('after a long time offline', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    async function onlineThenOffline() {
      socket.respond('session:resume', () => ok(snapshot(workshopWith([]))));
      const opened = open(socket);
      await vi.advanceTimersByTimeAsync(0);
      expect(useStore.getState().status).toBe('online');
      socket.drop();
      return opened;
    }

    it('sends a change refused for the rate again after the wait the server asked for', async () => {
      const { connection } = await onlineThenOffline();
      let answers = 0;
      socket.respond('card:add', () => (answers++ === 0 ? rateLimited(2000) : ok({ seq: 1 })));
      const answer = connection.send('card:add', { column: 'values', text: 'Dignity' });

      socket.reconnect();
      await vi.advanceTimersByTimeAsync(1999);
      expect(socket.sentOf('card:add')).toHaveLength(1);
      expect(useStore.getState().pendingCount).toBe(1);

      await vi.advanceTimersByTimeAsync(1);
      await expect(answer).resolves.toEqual(ok({ seq: 1 }));
      const [first, second] = socket.sentOf('card:add') as Array<{ commandId: string }>;
      expect(second?.commandId).toBe(first?.commandId);
      expect(useStore.getState().pendingCount).toBe(0);
      expect(useStore.getState().outgoing).toEqual([]);
    });

    it('delivers three hundred changes made offline, in order and each once, within a per-person budget', async () => {
      const { connection } = await onlineThenOffline();
      // The server's rule: a burst of 30, then 10 a second; past it, refused with the wait.
      let tokens = 30;
      let at = Date.now();
      const applied: string[] = [];
      const seen = new Set<string>();
      socket.respond('card:add', (message): Result<unknown> => {
        tokens = Math.min(30, tokens + ((Date.now() - at) / 1000) * 10);
        at = Date.now();
        if (tokens < 1) return rateLimited(Math.ceil(((1 - tokens) / 10) * 1000));
        tokens -= 1;
        const { commandId, text } = message as { commandId: string; text: string };
        if (!seen.has(commandId)) applied.push(text);
        seen.add(commandId);
        return ok({ seq: applied.length });
      });
      const texts = Array.from({ length: 300 }, (_, i) => `note ${i + 1}`);
      const answers = texts.map((text) => connection.send('card:add', { column: 'values', text }));
      expect(useStore.getState().pendingCount).toBe(300);

      socket.reconnect();
      await vi.advanceTimersByTimeAsync(60_000);
      const results = await Promise.all(answers);
      expect(results.every((r) => r.ok)).toBe(true);
      expect(applied).toEqual(texts);
      expect(useStore.getState().pendingCount).toBe(0);
      // Paced, not hammered: few refusals, far from the count at which the server cuts a socket off.
      expect(socket.sentOf('card:add').length - 300).toBeLessThan(30);
    });
  });

  it('asks a participant the workshop no longer knows to join again', async () => {
    credentials.saveParticipant('ABC234', { participantId: 'p1', token });
    socket.respond('session:resume', () => ({
      ok: false,
      error: { code: 'unauthorized', reason: 'session.unknownPerson' },
    }));
    open(socket, { kind: 'participant', participantId: 'p1', token } as never);
    await expect.poll(() => useStore.getState().status).toBe('needs-join');
    expect(credentials.participant('ABC234')).toBeNull();
  });

  it('remembers a participant who joined, to come back as the same person', async () => {
    const joinedState = workshopWith([{ type: 'participant:joined', participantId: 'p9', name: 'Maria' }]);
    socket.respond('session:join', () => ok(snapshot(joinedState, { kind: 'participant', participantId: 'p9' })));
    const connection = new WorkshopConnection({
      code: 'ABC234',
      socket: socket.asSyncSocket(),
      store: useStore,
      credential: () => null,
    });
    connection.start();
    await expect.poll(() => useStore.getState().status).toBe('needs-join');
    const result = await connection.join('Maria');
    expect(result.ok).toBe(true);
    const saved = credentials.participant('ABC234');
    expect(saved?.participantId).toBe('p9');
    expect(saved?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(useStore.getState().status).toBe('online');
  });
});
