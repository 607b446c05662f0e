import { z } from 'zod';
import { stepSchema, type Step } from '../agenda/agenda.js';
import { clockSchema, firstSegmentOf, IDLE_CLOCK } from '../clock/clock.js';
import { oddPersonSchema, pairSchema } from '../pairs/pairs.js';
import { LIMITS } from './limits.js';

export * from './state-parts.js';
import {
  cardTextSchema,
  columnSchema,
  displayNameSchema,
  idSchema,
  participantRoleSchema,
  templateIdSchema,
  timestampSchema,
  titleSchema,
  type TemplateId,
} from './state-parts.js';
import {
  EMPTY_LEARNINGS,
  EMPTY_REPORT_BACK,
  learningsSchema,
  notesFlowSchema,
  reportBackSchema,
  suggestionSchema,
} from '../flipchart/flipchart.js';
import { postSchema, readinessChoiceSchema } from '../observe/observe.js';

export const participantSchema = z.object({
  id: idSchema,
  name: displayNameSchema,
  role: participantRoleSchema,
  joinedAt: timestampSchema,
  /** When they left the workshop; their cards stay, their pair is freed. */
  leftAt: timestampSchema.optional(),
});
export type Participant = z.infer<typeof participantSchema>;

export const cardSchema = z.object({
  id: idSchema,
  column: columnSchema,
  text: cardTextSchema,
  /** Who wrote it: a participant id, or null for the facilitator. */
  authorId: idSchema.nullable(),
  /** The pairs whose notes it came from (more than one after a merge). */
  pairIds: z.array(idSchema).optional(),
  /** The notebook entries it was sent from (more than one after a merge). */
  sourceIds: z.array(idSchema).max(LIMITS.sourcesPerCard).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Card = z.infer<typeof cardSchema>;

/**
 * The shape version new states are written in. A stored state of an older version is brought up
 * to date when it is loaded (see `upgradeWorkshopState`); one written before versions is 1.
 */
export const STATE_VERSION = 2;

/** Everything about one workshop that every screen may see. Secrets never live here. */
export const workshopStateSchema = z.object({
  version: z.number().int().min(1).default(1),
  code: z.string(),
  title: titleSchema,
  template: templateIdSchema,
  createdAt: timestampSchema,
  /** The sequence number of the last event applied; 0 for a new workshop. */
  seq: z.number().int().nonnegative(),
  participants: z.record(idSchema, participantSchema),
  cards: z.record(idSchema, cardSchema),
  agenda: z.array(stepSchema),
  clock: clockSchema,
  settings: z.object({
    /** Sub-phases of a step advance on their own at their boundary. */
    autoAdvance: z.boolean(),
    /** With an odd number of people: one trio, or the facilitator partners the odd one out. */
    oddPerson: oddPersonSchema.default('trio'),
    notesFlow: notesFlowSchema.default('suggest'),
  }),
  // Fields added after the first release carry defaults, so stored workshops still load.
  pairs: z.record(idSchema, pairSchema).default({}),
  /** Everyone who has partnered before, as `partnerKey`s. */
  pastPartners: z.array(z.string().max(200)).default([]),
  /** Pairs since dissolved, kept so the cards and notebooks they wrote stay attributed. */
  formerPairs: z.record(idSchema, pairSchema).default({}),
  suggestions: z.record(idSchema, suggestionSchema).default({}),
  reportBack: reportBackSchema.default(EMPTY_REPORT_BACK),
  learnings: learningsSchema.default(EMPTY_LEARNINGS),
  /** Noticings and questions posted after the demonstrated 1:1. */
  posts: z.record(idSchema, postSchema).default({}),
  /** Each participant's answer to "ready to try, or observe more?", by participant id. */
  readiness: z.record(idSchema, readinessChoiceSchema).default({}),
  /**
   * Whether the evaluation form is open, whether the projector shows its summary, and whether the
   * facilitator has closed it after opening it: a flag in the state, not a screen's memory, so a
   * participant who reloads still reads "closed" and a copy of what they sent.
   */
  evaluation: z
    .object({ open: z.boolean(), showSummary: z.boolean(), closed: z.boolean().default(false) })
    .default({ open: false, showSummary: false, closed: false }),
});
export type WorkshopState = z.infer<typeof workshopStateSchema>;

/** A fresh workshop before any event. */
export function createWorkshopState(input: {
  code: string;
  title: string;
  template: TemplateId;
  createdAt: number;
  agenda?: Step[];
}): WorkshopState {
  const agenda = input.agenda ?? [];
  const clock = agenda[0] ? { ...IDLE_CLOCK, ...firstSegmentOf(agenda[0]) } : IDLE_CLOCK;
  return {
    version: STATE_VERSION,
    ...input,
    agenda,
    seq: 0,
    participants: {},
    cards: {},
    clock,
    settings: { autoAdvance: true, oddPerson: 'trio', notesFlow: 'suggest' },
    pairs: {},
    pastPartners: [],
    formerPairs: {},
    suggestions: {},
    reportBack: EMPTY_REPORT_BACK,
    learnings: EMPTY_LEARNINGS,
    posts: {},
    readiness: {},
    evaluation: { open: false, showSummary: false, closed: false },
  };
}
