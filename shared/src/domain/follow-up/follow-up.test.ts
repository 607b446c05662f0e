import { describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor.js';
import { changeFollowUp, emptyFollowUp, followUpSchema, type FollowUp, type FollowUpChange } from './follow-up.js';

const facilitator: Actor = { kind: 'facilitator' };
const maria: Actor = { kind: 'participant', participantId: 'p-maria' };
const ben: Actor = { kind: 'participant', participantId: 'p-ben' };
const meeting = { withWhom: 'Ben', when: '2026-12-01T18:00', where: 'Union hall' };

function apply(followUp: FollowUp, change: FollowUpChange, actor: Actor): FollowUp {
  const result = changeFollowUp(followUp, change, { actor, now: 42 });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.reason}`);
  return result.data;
}

describe('changeFollowUp', () => {
  it('lets the facilitator give up to three tips, and no more', () => {
    let followUp = emptyFollowUp('p-maria');
    for (const id of ['t1', 't2', 't3'])
      followUp = apply(followUp, { type: 'tip:add', tipId: id, text: ` Ask why ${id} ` }, facilitator);
    expect(followUp.tips).toEqual([
      { id: 't1', text: 'Ask why t1', createdAt: 42 },
      { id: 't2', text: 'Ask why t2', createdAt: 42 },
      { id: 't3', text: 'Ask why t3', createdAt: 42 },
    ]);
    expect(
      changeFollowUp(followUp, { type: 'tip:add', tipId: 't4', text: 'One more' }, { actor: facilitator, now: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const fewer = apply(followUp, { type: 'tip:remove', tipId: 't2' }, facilitator);
    expect(fewer.tips.map((t) => t.id)).toEqual(['t1', 't3']);
  });

  it('refuses tips from a participant, even to themself', () => {
    const result = changeFollowUp(
      emptyFollowUp('p-maria'),
      { type: 'tip:add', tipId: 't1', text: 'I did great' },
      { actor: maria, now: 1 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses an empty tip and one over 300 characters', () => {
    for (const text of ['   ', 'x'.repeat(301)]) {
      expect(
        changeFollowUp(
          emptyFollowUp('p-maria'),
          { type: 'tip:add', tipId: 't1', text },
          { actor: facilitator, now: 1 },
        ),
      ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('applies a retried addition once', () => {
    const tip: FollowUpChange = { type: 'tip:add', tipId: 't1', text: 'Listen more' };
    const once = apply(emptyFollowUp('p-maria'), tip, facilitator);
    expect(apply(once, tip, facilitator)).toBe(once);
    const add: FollowUpChange = { type: 'meeting:add', meetingId: 'm1', ...meeting };
    const scheduled = apply(once, add, maria);
    expect(apply(scheduled, add, maria).meetings).toHaveLength(1);
  });

  it('lets only the participant themself schedule, edit and remove their meetings', () => {
    let followUp = apply(emptyFollowUp('p-maria'), { type: 'meeting:add', meetingId: 'm1', ...meeting }, maria);
    expect(followUp.meetings).toEqual([{ id: 'm1', ...meeting, createdAt: 42 }]);
    followUp = apply(followUp, { type: 'meeting:edit', meetingId: 'm1', ...meeting, where: '' }, maria);
    expect(followUp.meetings[0]?.where).toBe('');
    for (const actor of [facilitator, ben]) {
      for (const change of [
        { type: 'meeting:add', meetingId: 'm2', ...meeting },
        { type: 'meeting:edit', meetingId: 'm1', ...meeting },
        { type: 'meeting:remove', meetingId: 'm1' },
      ] as FollowUpChange[]) {
        expect(changeFollowUp(followUp, change, { actor, now: 1 })).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(apply(followUp, { type: 'meeting:remove', meetingId: 'm1' }, maria).meetings).toEqual([]);
  });

  it('keeps `when` a local date-time and says when an edited meeting is gone', () => {
    expect(
      changeFollowUp(
        emptyFollowUp('p-maria'),
        { type: 'meeting:add', meetingId: 'm1', withWhom: 'Ben', when: 'next Tuesday' },
        { actor: maria, now: 1 },
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      changeFollowUp(
        emptyFollowUp('p-maria'),
        { type: 'meeting:edit', meetingId: 'm9', ...meeting },
        { actor: maria, now: 1 },
      ),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  describe('the time zone of a next one-on-one', () => {
    it('keeps the zone the browser sent, refuses one it does not know, and loads meetings saved without one', () => {
      const zoned = { type: 'meeting:add', meetingId: 'm1', ...meeting, timeZone: 'America/Mexico_City' } as const;
      expect(apply(emptyFollowUp('p-maria'), zoned, maria).meetings[0]).toMatchObject({
        timeZone: 'America/Mexico_City',
      });
      expect(
        changeFollowUp(emptyFollowUp('p-maria'), { ...zoned, timeZone: 'Mars/Olympus' }, { actor: maria, now: 1 }),
      ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const stored = { participantId: 'p-maria', tips: [], meetings: [{ id: 'm1', ...meeting, createdAt: 1 }] };
      expect(followUpSchema.parse(stored).meetings[0]?.timeZone).toBeUndefined();
    });
  });
});
