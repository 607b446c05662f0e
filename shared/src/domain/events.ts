import { z } from 'zod';
import { cardTextSchema, columnSchema, displayNameSchema, idSchema } from './state.js';

/** Facts, past tense. The one reducer turns them into state on the server and in every browser. */
export const domainEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('participant:joined'),
    participantId: idSchema,
    name: displayNameSchema,
  }),
  z.object({
    type: z.literal('card:added'),
    cardId: idSchema,
    column: columnSchema,
    text: cardTextSchema,
    authorId: idSchema.nullable(),
  }),
  z.object({ type: z.literal('card:edited'), cardId: idSchema, text: cardTextSchema }),
  z.object({ type: z.literal('card:deleted'), cardId: idSchema }),
]);
export type DomainEvent = z.infer<typeof domainEventSchema>;

/** An event as stored and broadcast: numbered within its workshop and stamped with server time. */
export const sequencedEventSchema = z.object({
  seq: z.number().int().positive(),
  at: z.number(),
  event: domainEventSchema,
});
export type SequencedEvent = z.infer<typeof sequencedEventSchema>;
