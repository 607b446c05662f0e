import { z } from 'zod';
import { LIMITS } from './limits.js';

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
export const titleSchema = z.string().trim().min(1).max(LIMITS.titleLength);
export const displayNameSchema = z.string().trim().min(1).max(LIMITS.nameLength);
export const cardTextSchema = z.string().trim().min(1).max(LIMITS.cardTextLength);
