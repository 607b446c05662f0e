import { z } from 'zod';
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

export const idSchema = z.string().min(1).max(64);
// Each text has a stored form, lenient so saved workshops load, and an input form for what a
// person sends (see text.ts). Commands and requests use the input form.
export const titleSchema = storedText({ max: LIMITS.titleLength });
export const displayNameSchema = storedText({ max: LIMITS.nameLength });
export const cardTextSchema = storedText({ max: LIMITS.cardTextLength });
export const titleInputSchema = inputText({ max: LIMITS.titleLength });
export const displayNameInputSchema = inputText({ max: LIMITS.nameLength });
export const cardTextInputSchema = inputText({ max: LIMITS.cardTextLength, multiline: true });
