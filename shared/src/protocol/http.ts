import { z } from 'zod/mini';
import { templateIdSchema, titleInputSchema } from '../domain/core/state.js';
import { ERROR_CODES } from './errors.js';

export const createWorkshopRequestSchema = z.object({
  title: titleInputSchema,
  template: z.optional(templateIdSchema),
});
export type CreateWorkshopRequest = z.infer<typeof createWorkshopRequestSchema>;

export const workshopLinksSchema = z.object({
  facilitator: z.string(),
  join: z.string(),
  projector: z.string(),
});
export type WorkshopLinks = z.infer<typeof workshopLinksSchema>;

export const createWorkshopResponseSchema = z.object({
  code: z.string(),
  facilitatorToken: z.string(),
  links: workshopLinksSchema,
});
export type CreateWorkshopResponse = z.infer<typeof createWorkshopResponseSchema>;

/** What anyone with the code may know before joining. */
export const workshopSummarySchema = z.object({
  code: z.string(),
  title: z.string(),
  template: templateIdSchema,
  createdAt: z.number(),
  participantCount: z.number().check(z.int(), z.nonnegative()),
});
export type WorkshopSummary = z.infer<typeof workshopSummarySchema>;

/**
 * An HTTP refusal, the same shape as a socket's. The reason stays a string here: a newer server
 * may send one this client has no words for, and the client then falls back to the code.
 */
export const httpErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    reason: z.string(),
    params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  }),
});

/** The paths of the three views, shared so server links and client routes never disagree. */
export const viewPaths = {
  facilitator: (code: string, token: string) => `/facilitate/${code}#key=${token}`,
  join: (code: string) => `/join/${code}`,
  projector: (code: string, token: string) => `/projector/${code}#key=${token}`,
} as const;
