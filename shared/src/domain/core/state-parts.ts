import { z } from 'zod/mini';
import { LIMITS } from './limits.js';
import { inputText, storedText } from './text.js';

/** The three columns of the flipchart, in the order the training guide draws them. */
export const COLUMNS = ['values', 'interests', 'resources'] as const;
export const columnSchema = z.enum(COLUMNS);
export type Column = z.infer<typeof columnSchema>;

export const PARTICIPANT_ROLES = ['participant', 'timekeeper', 'notetaker'] as const;
export const participantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

export const TEMPLATE_IDS = ['practice-1on1', 'training-plan', 'custom'] as const;
export const templateIdSchema = z.enum(TEMPLATE_IDS);
export type TemplateId = z.infer<typeof templateIdSchema>;

/** Names that plain objects inherit (`constructor`, `__proto__`, `toString` ...): never an id. */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Every id: letters, digits, `_` and `-`, as `randomUUID` and the client's ids make them. The
 * format keeps ids out of paths, logs and HTML, and refuses the names objects inherit, which
 * would otherwise reach `Object.prototype` when used as a key.
 */
export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9_-]{1,64}$/),
  z.refine((id) => !INHERITED_NAMES.has(id)),
);

/**
 * A moment, in milliseconds since 1970: never negative, never past the year 9999, so every
 * export can write it as a date (a `createdAt` far in the future once made `export.md` fail).
 */
export const MAX_TIMESTAMP = Date.UTC(9999, 11, 31);
export const timestampSchema = z.number().check(z.gte(0), z.lte(MAX_TIMESTAMP));
// Each text has a stored form, lenient so saved workshops load, and an input form for what a
// person sends (see text.ts). Commands and requests use the input form.
export const titleSchema = storedText({ max: LIMITS.titleLength });
export const displayNameSchema = storedText({ max: LIMITS.nameLength });
export const cardTextSchema = storedText({ max: LIMITS.cardTextLength });
export const titleInputSchema = inputText({ max: LIMITS.titleLength });
export const displayNameInputSchema = inputText({ max: LIMITS.nameLength });
export const cardTextInputSchema = inputText({ max: LIMITS.cardTextLength, multiline: true });
