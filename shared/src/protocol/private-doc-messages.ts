import { z } from 'zod/mini';
import type { ReasonCode } from './reasons.js';
import { commandIdSchema } from './session.js';

// A check's message is its reason code (see `refuseInput`).
const KIND_MALFORMED: ReasonCode = 'doc.kindMalformed';

/** Kinds travel by name; the server checks the name against its registry, then the key's shape. */
const kindNameSchema = z.string().check(z.regex(/^[a-z][a-z-]{0,31}$/, KIND_MALFORMED));
const keySchema = z.string().check(z.minLength(1), z.maxLength(64));

/** Read one private document. */
export const docOpenSchema = z.object({ kind: kindNameSchema, key: keySchema });
export type DocOpen = z.infer<typeof docOpenSchema>;

/** Every document of a kind that the reader may read (the facilitator's overview). */
export const docListSchema = z.object({ kind: kindNameSchema });
export type DocList = z.infer<typeof docListSchema>;

/** A change to one document; the command id makes a retry apply once. */
export const docChangeSchema = z.object({
  commandId: commandIdSchema,
  kind: kindNameSchema,
  key: keySchema,
  change: z.unknown(),
});
export type DocChange = z.infer<typeof docChangeSchema>;
