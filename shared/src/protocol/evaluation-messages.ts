import { z } from 'zod';

/** Messages that carry nothing. */
export const evaluationEmptySchema = z.object({});
