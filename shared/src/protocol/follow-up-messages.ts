import { z } from 'zod';
import { followUpChangeSchema } from '../domain/follow-up.js';
import { idSchema } from '../domain/state-parts.js';

/** Open a follow-up: a participant's own by default; the facilitator names the participant. */
export const followUpOpenSchema = z.object({ participantId: idSchema.optional() });
export type FollowUpOpen = z.infer<typeof followUpOpenSchema>;

export const followUpChangeMessageSchema = z.object({
  participantId: idSchema.optional(),
  change: followUpChangeSchema,
});
export type FollowUpChangeMessage = z.input<typeof followUpChangeMessageSchema>;
