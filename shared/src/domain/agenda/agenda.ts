import { z } from 'zod/mini';
import { idSchema } from '../core/state-parts.js';
import { inputText, storedText } from '../core/text.js';

/** What a step is for, so screens can offer the right tools (roles panel, pairs, report-back…). */
export const STEP_KINDS = [
  'general',
  'roles',
  'pairs',
  'report-back',
  'learnings',
  'evaluation',
  'observe',
  'try',
] as const;
export const stepKindSchema = z.enum(STEP_KINDS);
export type StepKind = z.infer<typeof stepKindSchema>;

export const AGENDA_LIMITS = {
  steps: 30,
  phasesPerStep: 12,
  titleLength: 120,
  instructionsLength: 2000,
  questions: 12,
  questionLength: 300,
  links: 10,
  minMinutes: 0.5,
  maxMinutes: 240,
} as const;

export const minutesSchema = z.number().check(z.gte(AGENDA_LIMITS.minMinutes), z.lte(AGENDA_LIMITS.maxMinutes));

// Stored agenda texts are only bounded, so saved workshops load; the editor sends the input forms.
const storedTitle = storedText({ max: AGENDA_LIMITS.titleLength });
const storedInstructions = storedText({ max: AGENDA_LIMITS.instructionsLength, optional: true });

/** Each text of a step as the facilitator's editor sends it (see text.ts). */
export const agendaTextInput = {
  title: inputText({ max: AGENDA_LIMITS.titleLength }),
  instructions: inputText({ max: AGENDA_LIMITS.instructionsLength, multiline: true, optional: true }),
  question: inputText({ max: AGENDA_LIMITS.questionLength }),
};

export const agendaLinkSchema = z.object({
  label: storedTitle,
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2000)),
});
export type AgendaLink = z.infer<typeof agendaLinkSchema>;

/**
 * A link as the editor sends it: its text by the title rule, and a web address without spaces,
 * which a browser would otherwise quietly encode into an address nobody typed.
 */
export const agendaLinkInput = z.extend(agendaLinkSchema, {
  label: agendaTextInput.title,
  url: agendaLinkSchema.shape.url.check(z.regex(/^\S+$/)),
});

/**
 * What pairs do in a sub-phase. Organizing rounds drive who is organizer and organizee: the
 * first organize phase of a step is round 1, the next round 2 (roles switch), and so on.
 */
export const PHASE_ACTIVITIES = ['organize', 'feedback', 'write', 'other'] as const;
export const phaseActivitySchema = z.enum(PHASE_ACTIVITIES);
export type PhaseActivity = z.infer<typeof phaseActivitySchema>;

export const phaseSchema = z.object({
  id: idSchema,
  title: storedTitle,
  minutes: minutesSchema,
  instructions: storedInstructions,
  /** Absent means 'other'. */
  activity: z.optional(phaseActivitySchema),
});
export type Phase = z.infer<typeof phaseSchema>;

export const stepSchema = z.object({
  id: idSchema,
  kind: stepKindSchema,
  title: storedTitle,
  /** With phases, this is always their sum: the domain keeps the two in step. */
  minutes: minutesSchema,
  instructions: storedInstructions,
  questions: z.array(storedText({ max: AGENDA_LIMITS.questionLength })).check(z.maxLength(AGENDA_LIMITS.questions)),
  links: z.array(agendaLinkSchema).check(z.maxLength(AGENDA_LIMITS.links)),
  phases: z.array(phaseSchema).check(z.maxLength(AGENDA_LIMITS.phasesPerStep)),
});
export type Step = z.infer<typeof stepSchema>;

/** A step's length: the sum of its phases when it has them. */
export function stepMinutes(step: { minutes: number; phases: ReadonlyArray<Pick<Phase, 'minutes'>> }): number {
  return step.phases.length > 0 ? step.phases.reduce((sum, phase) => sum + phase.minutes, 0) : step.minutes;
}

export function totalMinutes(steps: readonly Step[]): number {
  return steps.reduce((sum, step) => sum + stepMinutes(step), 0);
}
