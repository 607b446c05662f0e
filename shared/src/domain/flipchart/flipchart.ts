import { z } from 'zod/mini';
import { cardTextSchema, columnSchema, idSchema, timestampSchema } from '../core/state-parts.js';
import { inputText, storedText } from '../core/text.js';

/** How participants' notes reach the flipchart: as suggestions the note-taker accepts, or directly. */
export const NOTES_FLOWS = ['suggest', 'direct'] as const;
export const notesFlowSchema = z.enum(NOTES_FLOWS);
export type NotesFlow = z.infer<typeof notesFlowSchema>;

/** A note a pair sent to the flipchart, waiting for the note-taker. */
export const suggestionSchema = z.object({
  id: idSchema,
  pairId: z.nullable(idSchema),
  authorId: idSchema,
  column: columnSchema,
  text: cardTextSchema,
  createdAt: timestampSchema,
  /** The pair's notebook entry it was sent from, if any. */
  sourceId: z.optional(idSchema),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** Report-back: the order pairs speak in, who is speaking, and since when. */
export const reportBackSchema = z.object({
  order: z.array(idSchema),
  currentIndex: z.nullable(z.number().check(z.int(), z.nonnegative())),
  startedAt: z.nullable(timestampSchema),
});
export type ReportBack = z.infer<typeof reportBackSchema>;

export const learningTextSchema = storedText({ max: 500 });
/** A learning as the note-taker or facilitator sends it. */
export const learningTextInputSchema = inputText({ max: 500, multiline: true });

/** Step 4: what the group takes away, and who reports back to the larger group. */
export const learningsSchema = z.object({
  items: z.array(z.object({ id: idSchema, text: learningTextSchema, createdAt: timestampSchema })),
  reporterId: z.nullable(idSchema),
});
export type Learnings = z.infer<typeof learningsSchema>;

export const EMPTY_REPORT_BACK: ReportBack = { order: [], currentIndex: null, startedAt: null };
export const EMPTY_LEARNINGS: Learnings = { items: [], reporterId: null };
