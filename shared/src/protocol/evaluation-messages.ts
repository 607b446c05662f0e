import { z } from 'zod/mini';

/** Messages that carry nothing. */
export const evaluationEmptySchema = z.object({});
