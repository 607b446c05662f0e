import { z } from 'zod/mini';
import { fail, ok, type Result } from '../../protocol/errors.js';
import { refuseInput } from '../../protocol/input-refusal.js';
import type { Actor } from '../core/actor.js';
import { idSchema, timestampSchema } from '../core/state-parts.js';
import { inputText, storedText } from '../core/text.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf } from '../core/keyed.js';

/**
 * One participant's follow-up after practising a 1:1: up to three constructive tips from the
 * facilitator, and the next one-on-ones they schedule. Private to that person and the facilitator:
 * it never travels with the workshop's public state.
 */
export const MAX_TIPS = 3;
export const MAX_TIP_LENGTH = 300;
export const MAX_MEETINGS = 50;

export const tipTextSchema = storedText({ max: MAX_TIP_LENGTH });
/** A tip as the facilitator sends it. */
export const tipTextInputSchema = inputText({ max: MAX_TIP_LENGTH, multiline: true });

export const followUpTipSchema = z.object({ id: idSchema, text: tipTextSchema, createdAt: timestampSchema });
export type FollowUpTip = z.infer<typeof followUpTipSchema>;

/** A browser's local date-time, `YYYY-MM-DDTHH:mm`, as a datetime-local input gives it (and .ics wants it). */
export const localDateTimeSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'Use YYYY-MM-DDTHH:mm'),
  );

/** An IANA time zone the runtime knows, e.g. `America/Mexico_City`. */
export const timeZoneSchema = z.string().check(
  z.maxLength(64),
  z.refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone'),
);

/** A next one-on-one as the participant sends it. */
export const meetingFieldsSchema = z.object({
  withWhom: inputText({ max: 200 }),
  when: localDateTimeSchema,
  where: z._default(inputText({ max: 300, optional: true }), ''),
});

/**
 * The zone of a meeting's `when`, sent beside the fields by the browser
 * (`Intl.DateTimeFormat().resolvedOptions().timeZone`). Optional: meetings saved without one are
 * read in the workshop's zone (see the export record).
 */
const meetingZoneShape = { timeZone: z.optional(timeZoneSchema) };
export type MeetingFields = z.input<typeof meetingFieldsSchema>;

/** As stored: the texts only bounded, so meetings saved before the input rule still load. */
export const followUpMeetingSchema = z.extend(z.extend(meetingFieldsSchema, meetingZoneShape), {
  withWhom: storedText({ max: 200 }),
  where: z._default(storedText({ max: 300, optional: true }), ''),
  id: idSchema,
  createdAt: timestampSchema,
});
export type FollowUpMeeting = z.infer<typeof followUpMeetingSchema>;

export const followUpSchema = z.object({
  participantId: idSchema,
  tips: z.array(followUpTipSchema).check(z.maxLength(MAX_TIPS)),
  meetings: z.array(followUpMeetingSchema).check(z.maxLength(MAX_MEETINGS)),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export function emptyFollowUp(participantId: string): FollowUp {
  return { participantId, tips: [], meetings: [] };
}

export const followUpChangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tip:add'), tipId: idSchema, text: tipTextInputSchema }),
  z.object({ type: z.literal('tip:remove'), tipId: idSchema }),
  z.extend(z.extend(meetingFieldsSchema, meetingZoneShape), { type: z.literal('meeting:add'), meetingId: idSchema }),
  z.extend(z.extend(meetingFieldsSchema, meetingZoneShape), { type: z.literal('meeting:edit'), meetingId: idSchema }),
  z.object({ type: z.literal('meeting:remove'), meetingId: idSchema }),
]);
export type FollowUpChange = z.input<typeof followUpChangeSchema>;

/** Only the person themself and the facilitator may read a participant's follow-up. */
export function canUseFollowUp(state: WorkshopState, actor: Actor, participantId: string): boolean {
  if (actor.kind === 'facilitator') return Boolean(entryOf(state.participants, participantId));
  return actor.kind === 'participant' && actor.participantId === participantId;
}

/**
 * Applies one change. Only the facilitator gives or takes back tips (at most three); only the
 * participant themself schedules, edits or removes their meetings. A retried addition (same id)
 * is applied once, and removing what is already gone is harmless.
 */
export function changeFollowUp(
  followUp: FollowUp,
  input: FollowUpChange,
  by: { actor: Actor; now: number },
): Result<FollowUp> {
  const parsed = followUpChangeSchema.safeParse(input);
  if (!parsed.success) return refuseInput(parsed.error);
  const change = parsed.data;
  const isOwner = by.actor.kind === 'participant' && by.actor.participantId === followUp.participantId;
  switch (change.type) {
    case 'tip:add':
      if (by.actor.kind !== 'facilitator') return fail('forbidden', 'tips.facilitatorOnly');
      if (followUp.tips.some((tip) => tip.id === change.tipId)) return ok(followUp);
      if (followUp.tips.length >= MAX_TIPS) return fail('invalid_input', 'tips.full', { count: MAX_TIPS });
      return ok({ ...followUp, tips: [...followUp.tips, { id: change.tipId, text: change.text, createdAt: by.now }] });
    case 'tip:remove':
      if (by.actor.kind !== 'facilitator') return fail('forbidden', 'tips.facilitatorOnly');
      return ok({ ...followUp, tips: followUp.tips.filter((tip) => tip.id !== change.tipId) });
    case 'meeting:add': {
      if (!isOwner) return fail('forbidden', 'meetings.ownerOnly');
      if (followUp.meetings.some((m) => m.id === change.meetingId)) return ok(followUp);
      if (followUp.meetings.length >= MAX_MEETINGS) return fail('invalid_input', 'meetings.full');
      const { type: _type, meetingId, ...fields } = change;
      return ok({ ...followUp, meetings: [...followUp.meetings, { id: meetingId, ...fields, createdAt: by.now }] });
    }
    case 'meeting:edit': {
      if (!isOwner) return fail('forbidden', 'meetings.ownerOnly');
      const { type: _type, meetingId, ...fields } = change;
      if (!followUp.meetings.some((m) => m.id === meetingId)) return fail('not_found', 'meeting.gone');
      return ok({
        ...followUp,
        meetings: followUp.meetings.map((m) => (m.id === meetingId ? { ...m, ...fields } : m)),
      });
    }
    case 'meeting:remove':
      if (!isOwner) return fail('forbidden', 'meetings.ownerOnly');
      return ok({ ...followUp, meetings: followUp.meetings.filter((m) => m.id !== change.meetingId) });
  }
}
