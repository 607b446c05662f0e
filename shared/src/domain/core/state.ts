import { z } from 'zod/mini';
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
  leftAt: z.optional(timestampSchema),
});
export type Participant = z.infer<typeof participantSchema>;

export const cardSchema = z.object({
  id: idSchema,
  column: columnSchema,
  text: cardTextSchema,
  /** Who wrote it: a participant id, or null for the facilitator. */
  authorId: z.nullable(idSchema),
  /** The pairs whose notes it came from (more than one after a merge). */
  pairIds: z.optional(z.array(idSchema)),
  /** The notebook entries it was sent from (more than one after a merge). */
  sourceIds: z.optional(z.array(idSchema).check(z.maxLength(LIMITS.sourcesPerCard))),
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
  version: z._default(z.number().check(z.int(), z.gte(1)), 1),
  code: z.string(),
  title: titleSchema,
  template: templateIdSchema,
  createdAt: timestampSchema,
  /** The sequence number of the last event applied; 0 for a new workshop. */
  seq: z.number().check(z.int(), z.nonnegative()),
  participants: z.record(idSchema, participantSchema),
  cards: z.record(idSchema, cardSchema),
  agenda: z.array(stepSchema),
  clock: clockSchema,
  settings: z.object({
    /** Sub-phases of a step advance on their own at their boundary. */
    autoAdvance: z.boolean(),
    /** With an odd number of people: one trio, or the facilitator partners the odd one out. */
    oddPerson: z._default(oddPersonSchema, 'trio'),
    notesFlow: z._default(notesFlowSchema, 'suggest'),
  }),
  // Fields added after the first release carry defaults, so stored workshops still load.
  pairs: z._default(z.record(idSchema, pairSchema), {}),
  /** Everyone who has partnered before, as `partnerKey`s. */
  pastPartners: z._default(z.array(z.string().check(z.maxLength(200))), []),
  /** Pairs since dissolved, kept so the cards and notebooks they wrote stay attributed. */
  formerPairs: z._default(z.record(idSchema, pairSchema), {}),
  suggestions: z._default(z.record(idSchema, suggestionSchema), {}),
  reportBack: z._default(reportBackSchema, EMPTY_REPORT_BACK),
  learnings: z._default(learningsSchema, EMPTY_LEARNINGS),
  /** Noticings and questions posted after the demonstrated 1:1. */
  posts: z._default(z.record(idSchema, postSchema), {}),
  /** Each participant's answer to "ready to try, or observe more?", by participant id. */
  readiness: z._default(z.record(idSchema, readinessChoiceSchema), {}),
  /**
   * Whether the evaluation form is open, whether the projector shows its summary, and whether the
   * facilitator has closed it after opening it: a flag in the state, not a screen's memory, so a
   * participant who reloads still reads "closed" and a copy of what they sent.
   */
  evaluation: z._default(
    z.object({ open: z.boolean(), showSummary: z.boolean(), closed: z._default(z.boolean(), false) }),
    { open: false, showSummary: false, closed: false },
  ),
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
