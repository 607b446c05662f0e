import { z } from 'zod/mini';
import { idSchema, timestampSchema } from '../core/state-parts.js';
import { inputText, storedText } from '../core/text.js';

/** After a demonstrated 1:1, participants post what they noticed and what they want to ask. */
export const POST_KINDS = ['noticing', 'question'] as const;
export const postKindSchema = z.enum(POST_KINDS);
export type PostKind = z.infer<typeof postKindSchema>;

export const postTextSchema = storedText({ max: 500 });
/** A noticing or question as a participant sends it. */
export const postTextInputSchema = inputText({ max: 500, multiline: true });

export const postSchema = z.object({
  id: idSchema,
  kind: postKindSchema,
  text: postTextSchema,
  authorId: idSchema,
  createdAt: timestampSchema,
  /** The facilitator ticks a question off once it has been answered aloud. */
  answered: z.boolean(),
});
export type Post = z.infer<typeof postSchema>;

/** "Do you feel ready to try, or do you want to observe more?" */
export const READINESS_CHOICES = ['ready', 'observe-more'] as const;
export const readinessChoiceSchema = z.enum(READINESS_CHOICES);
export type ReadinessChoice = z.infer<typeof readinessChoiceSchema>;
