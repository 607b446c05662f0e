import { randomUUID } from 'node:crypto';
import { createLogger } from '@common-ground/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS, type Place, type Stores } from './storage-backends.js';
import { addCard, cardTexts, join, newWorkshop, runningAt, type Reached } from './storage-fixtures.js';

interface LogLine {
  level: number;
  code?: string;
  reason?: string;
  msg: string;
}

/** A decide that must never run: the workshop is unknown. */
function never(): never {
  throw new Error('decide ran for a workshop that is not there');
}

describe.each(BACKENDS)('the stores on $name', (backend) => {
  let place: Place;
  let stores: Stores;
  beforeEach(async () => {
    place = await backend.place();
    stores = await place.open();
  });
  afterEach(async () => {
    await place.dispose();
  });

  /** Closes the stores and opens new ones on the same database: what a restart finds. */
  async function reopen(): Promise<Stores> {
    await stores.close();
    stores = await place.open();
    return stores;
  }

  describe('workshops', () => {
    it('stores a new workshop once: the same code again is refused, so the caller draws another', async () => {
      const state = newWorkshop();
      expect(await stores.workshops.insert(state, 'facilitator-hash', 'projector-hash')).toBe(true);
      expect(await stores.workshops.insert({ ...state, title: 'Another' }, 'other', 'other')).toBe(false);
      expect(await stores.workshops.count()).toBe(1);
      expect((await stores.workshops.read(state.code))?.state.title).toBe('Practice 1:1');
    });

    it('reads a known workshop with its facilitator hash, and nothing for an unknown code', async () => {
      const state = newWorkshop();
      await stores.workshops.insert(state, 'facilitator-hash', 'projector-hash');
      expect(await stores.workshops.read(state.code)).toEqual({ state, facilitatorTokenHash: 'facilitator-hash' });
      expect(await stores.workshops.read('NOSUCH')).toBeUndefined();
    });

    it('decides each change on the latest state and writes its events and state in seq order', async () => {
      const state = newWorkshop();
      await stores.workshops.insert(state, 'f', 'p');
      expect(await stores.workshops.update(state.code, randomUUID(), addCard('Family'))).toEqual({ seq: 1 });
      expect(await stores.workshops.update(state.code, randomUUID(), addCard('Chess'))).toEqual({ seq: 2 });
      const seen: string[][] = [];
      await stores.workshops.update(state.code, undefined, (workshop, earlier) => {
        seen.push(cardTexts(workshop.state));
        expect(earlier).toBeUndefined();
        return addCard('A bike')(workshop, earlier);
      });
      expect(seen).toEqual([['Family', 'Chess']]);

      const stored = await stores.workshops.read(state.code);
      expect(stored?.state.seq).toBe(3);
      expect(cardTexts(stored?.state)).toEqual(['Family', 'Chess', 'A bike']);
      const events = await place.events(state.code);
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(events.map((e) => (e.event.type === 'card:added' ? e.event.text : e.event.type))).toEqual([
        'Family',
        'Chess',
        'A bike',
      ]);
    });

    it('answers a repeated command id with the earlier answer and changes nothing', async () => {
      const state = newWorkshop();
      await stores.workshops.insert(state, 'f', 'p');
      const commandId = randomUUID();
      expect(await stores.workshops.update(state.code, commandId, addCard('Family', commandId))).toEqual({ seq: 1 });
      const earlierSeen: unknown[] = [];
      const again = await stores.workshops.update(state.code, commandId, (workshop, earlier) => {
        earlierSeen.push(earlier);
        return addCard('Family', commandId)(workshop, earlier);
      });
      expect(again).toEqual({ seq: 1 });
      expect(earlierSeen).toEqual([{ seq: 1 }]);
      expect(cardTexts((await stores.workshops.read(state.code))?.state)).toEqual(['Family']);

      // The answer is durable: a restart still knows the command was applied.
      await reopen();
      expect(await stores.workshops.update(state.code, commandId, addCard('Family', commandId))).toEqual({ seq: 1 });
      expect(await place.events(state.code)).toHaveLength(1);
    });

    it('answers undefined for an unknown workshop, without deciding anything', async () => {
      expect(await stores.workshops.update('NOSUCH', randomUUID(), never)).toBeUndefined();
    });

    it('keeps one order under hundreds of concurrent changes: seq 1..N without gap or repeat, every event stored, retries applied once', async () => {
      const state = newWorkshop();
      await stores.workshops.insert(state, 'f', 'p');
      const N = 300;
      const ids = Array.from({ length: N }, () => randomUUID());
      // Every command is sent twice at once, as a screen that resends after a reconnect might.
      const answers = await Promise.all(
        [...ids, ...ids].map((id, i) => stores.workshops.update(state.code, id, addCard(`card ${i % N}`, id))),
      );
      const seqs = answers.slice(0, N).map((answer) => answer?.seq ?? 0);
      expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
      expect(answers.slice(N)).toEqual(answers.slice(0, N));

      const events = await place.events(state.code);
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
      const stored = (await stores.workshops.read(state.code))?.state;
      expect(stored?.seq).toBe(N);
      expect(new Set(cardTexts(stored))).toEqual(new Set(Array.from({ length: N }, (_, i) => `card ${i}`)));
    });

    it("keeps a participant's rejoin key hash once their join is committed", async () => {
      const state = newWorkshop();
      await stores.workshops.insert(state, 'f', 'p');
      const participantId = randomUUID();
      await stores.workshops.update(state.code, 'join-1', join('Ana', participantId, 'ana-hash', 'join-1'));
      expect(await stores.workshops.participantTokenHash(state.code, participantId)).toBe('ana-hash');
      expect(await stores.workshops.participantTokenHash(state.code, randomUUID())).toBeUndefined();
      expect(await stores.workshops.participantTokenHash('NOSUCH', participantId)).toBeUndefined();
    });

    it("keeps the projector key's hash, and replaces it when told", async () => {
      const state = newWorkshop();
      await stores.workshops.insert(state, 'f', 'projector-1');
      expect(await stores.workshops.projectorTokenHash(state.code)).toBe('projector-1');
      await stores.workshops.setProjectorTokenHash(state.code, 'projector-2');
      expect(await stores.workshops.projectorTokenHash(state.code)).toBe('projector-2');
      expect(await stores.workshops.projectorTokenHash('NOSUCH')).toBeNull();
    });

    it('finds every workshop whose clock may move by itself, and none that cannot', async () => {
      const inFirstPhase = newWorkshop((s) => runningAt(s, 1, 0));
      const inLastPhase = newWorkshop((s) => runningAt(s, 1, -1));
      const onStepWithoutPhases = newWorkshop((s) => runningAt(s, -1, null));
      const paused = newWorkshop((s) => {
        const running = runningAt(s, 1, 0);
        return { ...running, clock: { ...running.clock, runningSince: null } };
      });
      const damaged = newWorkshop((s) => runningAt(s, 1, 0));
      for (const state of [inFirstPhase, inLastPhase, onStepWithoutPhases, paused, newWorkshop(), damaged]) {
        await stores.workshops.insert(state, 'f', 'p');
      }
      // A running clock is found through updates too, not only as inserted.
      const movedLater = newWorkshop();
      await stores.workshops.insert(movedLater, 'f', 'p');
      await stores.workshops.update(movedLater.code, undefined, (workshop) => {
        const state = { ...runningAt(workshop.state, 1, 1), seq: workshop.state.seq };
        return { commit: { events: [], state }, value: undefined };
      });
      await place.damage(damaged.code, '{"clock": {"runningSince": 1, "phaseId": "x"}, "agenda": [cut off');

      const codes = await stores.workshops.codesWithClockThatMayAdvance();
      expect([...codes].sort()).toEqual([inFirstPhase.code, movedLater.code].sort());
      expect(await stores.workshops.count()).toBe(7);
    });

    it('reports a stored workshop that does not read once, treats it as unknown, and serves the others', async () => {
      const good = newWorkshop();
      const bad = newWorkshop();
      await stores.workshops.insert(good, 'f', 'p');
      await stores.workshops.insert(bad, 'f', 'p');
      await stores.close();
      await place.damage(bad.code, '{"title": "cut off');

      const lines: LogLine[] = [];
      const log = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
      stores = await place.open({ log });
      expect(await stores.workshops.read(bad.code)).toBeUndefined();
      expect(await stores.workshops.read(bad.code)).toBeUndefined();
      expect(await stores.workshops.update(bad.code, randomUUID(), never)).toBeUndefined();
      expect((await stores.workshops.read(good.code))?.state).toEqual(good);
      expect(stores.workshops.unreadableSeen()).toEqual([{ code: bad.code, reason: 'not JSON' }]);
      expect(await stores.workshops.count()).toBe(2);
      const reported = lines.filter((line) => line.msg.startsWith('a stored workshop could not be read'));
      expect(reported).toEqual([expect.objectContaining({ level: 50, code: bad.code, reason: 'not JSON' })]);
    });

    it('finishes the changes queued before close, and a restart finds everything acknowledged', async () => {
      const state = newWorkshop();
      await stores.workshops.insert(state, 'f', 'projector-1');
      const participantId = randomUUID();
      await stores.workshops.update(state.code, 'join-1', join('Ana', participantId, 'ana-hash', 'join-1'));
      await stores.docs.update(state.code, 'notebook', 'pair-1', 'doc-1', () => ({
        write: { version: 1, doc: { entries: ['first'] }, result: 'written' },
        value: 'written',
      }));
      const queued = Array.from({ length: 20 }, (_, i) =>
        stores.workshops.update(state.code, `c${i}`, addCard(`card ${i}`, `c${i}`)),
      );
      const closed = stores.close();
      const answers = await Promise.all(queued);
      await closed;
      expect(answers.map((answer) => answer?.seq).sort((a = 0, b = 0) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 2),
      );

      const after = await place.open();
      stores = after;
      const stored = await after.workshops.read(state.code);
      expect(stored?.state.seq).toBe(21);
      expect(stored?.state.participants[participantId]?.name).toBe('Ana');
      expect(cardTexts(stored?.state)).toHaveLength(20);
      expect(await after.workshops.participantTokenHash(state.code, participantId)).toBe('ana-hash');
      expect(await after.workshops.projectorTokenHash(state.code)).toBe('projector-1');
      expect(await after.workshops.count()).toBe(1);
      expect(await after.docs.get(state.code, 'notebook', 'pair-1')).toEqual({
        key: 'pair-1',
        version: 1,
        data: { entries: ['first'] },
      });
      expect(await after.workshops.update(state.code, 'c3', addCard('card 3', 'c3'))).toEqual(answers[3]);
    });
  });

  describe('private documents', () => {
    let code: string;
    beforeEach(async () => {
      const state = newWorkshop();
      code = state.code;
      await stores.workshops.insert(state, 'f', 'p');
    });

    /** A change that appends `entry`, bumping the version, or answers again as before. */
    function append(entry: string) {
      return (current: { version: number; data: unknown } | undefined, earlier: unknown) => {
        if (earlier !== undefined) return { value: earlier as Reached };
        const entries = [...((current?.data as { entries?: string[] } | undefined)?.entries ?? []), entry];
        const version = (current?.version ?? 0) + 1;
        return { write: { version, doc: { entries }, result: { seq: version } }, value: { seq: version } };
      };
    }

    it('reads nothing for a document never written, then the document as last written', async () => {
      expect(await stores.docs.get(code, 'notebook', 'pair-1')).toBeUndefined();
      const seen: unknown[] = [];
      await stores.docs.update(code, 'notebook', 'pair-1', 'c1', (current, earlier) => {
        seen.push({ current, earlier });
        return append('first')(current, earlier);
      });
      expect(seen).toEqual([{ current: undefined, earlier: undefined }]);
      await stores.docs.update(code, 'notebook', 'pair-1', 'c2', append('second'));
      expect(await stores.docs.get(code, 'notebook', 'pair-1')).toEqual({
        key: 'pair-1',
        version: 2,
        data: { entries: ['first', 'second'] },
      });
      expect(await stores.docs.get(code, 'followup', 'pair-1')).toBeUndefined();
    });

    it('lists a kind in the order its documents were first written, whatever changed since', async () => {
      for (const key of ['b', 'a', 'c']) await stores.docs.update(code, 'notebook', key, `c-${key}`, append(key));
      await stores.docs.update(code, 'notebook', 'b', 'c-b2', append('b again'));
      await stores.docs.save(code, 'notebook', 'a', { entries: ['imported'] });
      await stores.docs.save(code, 'followup', 'z', { entries: [] });
      const listed = await stores.docs.list(code, 'notebook');
      expect(listed.map((doc) => [doc.key, doc.version])).toEqual([
        ['b', 2],
        ['a', 1],
        ['c', 1],
      ]);
      expect(listed[1]?.data).toEqual({ entries: ['imported'] });
      expect((await stores.docs.list(code, 'followup')).map((doc) => doc.key)).toEqual(['z']);
      expect(await stores.docs.list(code, 'evaluation')).toEqual([]);
    });

    it('answers a retried change with the earlier answer and writes nothing', async () => {
      expect(await stores.docs.update(code, 'notebook', 'pair-1', 'c1', append('first'))).toEqual({ seq: 1 });
      const earlierSeen: unknown[] = [];
      const again = await stores.docs.update(code, 'notebook', 'pair-1', 'c1', (current, earlier) => {
        earlierSeen.push(earlier);
        return append('first')(current, earlier);
      });
      expect(again).toEqual({ seq: 1 });
      expect(earlierSeen).toEqual([{ seq: 1 }]);
      expect(await stores.docs.get(code, 'notebook', 'pair-1')).toMatchObject({ version: 1 });
    });

    it('writes nothing when the change decides nothing (a refusal)', async () => {
      const refused = await stores.docs.update(code, 'notebook', 'pair-1', 'c1', () => ({ value: 'conflict' }));
      expect(refused).toBe('conflict');
      expect(await stores.docs.get(code, 'notebook', 'pair-1')).toBeUndefined();
      // Nothing was recorded for the command either: it may be sent again and apply.
      expect(await stores.docs.update(code, 'notebook', 'pair-1', 'c1', append('now'))).toEqual({ seq: 1 });
    });

    it('serializes concurrent changes to one document: every version once, none lost', async () => {
      const N = 40;
      const answers = await Promise.all(
        Array.from({ length: N }, (_, i) => stores.docs.update(code, 'notebook', 'pair-1', `c${i}`, append(`e${i}`))),
      );
      expect(answers.map((answer) => answer.seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: N }, (_, i) => i + 1),
      );
      const doc = await stores.docs.get(code, 'notebook', 'pair-1');
      expect(doc?.version).toBe(N);
      expect(new Set((doc?.data as { entries: string[] }).entries)).toEqual(
        new Set(Array.from({ length: N }, (_, i) => `e${i}`)),
      );
    });

    it('keeps an imported document as it is, at version 1', async () => {
      await stores.docs.save(code, 'reflection', 'facilitator', { text: 'It went well' });
      await reopen();
      expect(await stores.docs.get(code, 'reflection', 'facilitator')).toEqual({
        key: 'facilitator',
        version: 1,
        data: { text: 'It went well' },
      });
    });
  });
});
