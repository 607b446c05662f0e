import { z } from 'zod';

/** Messages that carry nothing. */
export const evaluationEmptySchema = z.object({});

/** Participants send raw answers; the domain cleans and validates them. */
export const evaluationSubmitSchema = z.object({ answers: z.unknown() });
export type EvaluationSubmit = z.infer<typeof evaluationSubmitSchema>;

export const reflectionMessageSchema = z.object({ reflection: z.unknown() });
