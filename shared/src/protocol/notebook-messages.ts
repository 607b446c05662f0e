import { z } from 'zod';
import { notebookChangeSchema } from '../domain/notebook.js';
import { idSchema } from '../domain/state-parts.js';

/** Open a pair's notebook: a participant's own pair by default; the facilitator names one. */
export const notebookOpenSchema = z.object({ pairId: idSchema.optional() });
export type NotebookOpen = z.infer<typeof notebookOpenSchema>;

export const notebookChangeMessageSchema = z.object({ pairId: idSchema.optional(), change: notebookChangeSchema });
export type NotebookChangeMessage = z.infer<typeof notebookChangeMessageSchema>;

export const notebookListSchema = z.object({});
