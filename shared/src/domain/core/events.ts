import { z } from 'zod/mini';
import { stepSchema } from '../agenda/agenda.js';
import { oddPersonSchema, pairSchema } from '../pairs/pairs.js';
import { learningTextSchema, notesFlowSchema, suggestionSchema } from '../flipchart/flipchart.js';
import { postKindSchema, postTextSchema, readinessChoiceSchema } from '../observe/observe.js';
import {
  cardTextSchema,
  columnSchema,
  displayNameSchema,
  idSchema,
  participantRoleSchema,
  timestampSchema,
} from './state.js';

/** Facts, past tense. The one reducer turns them into state on the server and in every browser. */
export const domainEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('participant:joined'),
    participantId: idSchema,
    name: displayNameSchema,
  }),
  z.object({ type: z.literal('participant:role-assigned'), participantId: idSchema, role: participantRoleSchema }),
  z.object({
    type: z.literal('card:added'),
    cardId: idSchema,
    column: columnSchema,
    text: cardTextSchema,
    authorId: z.nullable(idSchema),
    pairIds: z.optional(z.array(idSchema)),
    /** The notebook entry it was sent from, if any. */
    sourceId: z.optional(idSchema),
  }),
  z.object({ type: z.literal('card:edited'), cardId: idSchema, text: cardTextSchema }),
  z.object({ type: z.literal('card:deleted'), cardId: idSchema }),
  /** Starts or resumes the current segment at the event's time. */
  z.object({ type: z.literal('clock:started') }),
  z.object({ type: z.literal('clock:paused') }),
  z.object({ type: z.literal('clock:adjusted'), deltaMs: z.number() }),
  /**
   * The clock points at another segment, from zero. `running` keeps it going from `startAt`
   * (a sub-phase boundary, for automatic advances) or from the event's own time.
   */
  z.object({
    type: z.literal('clock:moved'),
    stepId: z.nullable(idSchema),
    phaseId: z.nullable(idSchema),
    running: z.boolean(),
    startAt: z.optional(timestampSchema),
    auto: z.boolean(),
  }),
  z.object({
    type: z.literal('agenda:step-saved'),
    step: stepSchema,
    index: z.number().check(z.int(), z.gte(0)),
  }),
  z.object({ type: z.literal('agenda:step-removed'), stepId: idSchema }),
  z.object({
    type: z.literal('agenda:step-moved'),
    stepId: idSchema,
    toIndex: z.number().check(z.int(), z.gte(0)),
  }),
  z.object({
    type: z.literal('settings:updated'),
    autoAdvance: z.optional(z.boolean()),
    oddPerson: z.optional(oddPersonSchema),
    notesFlow: z.optional(notesFlowSchema),
  }),
  z.object({ type: z.literal('suggestion:added'), suggestion: suggestionSchema }),
  z.object({ type: z.literal('suggestion:resolved'), suggestionId: idSchema }),
  z.object({ type: z.literal('card:moved'), cardId: idSchema, column: columnSchema }),
  z.object({ type: z.literal('card:merged'), cardId: idSchema, intoCardId: idSchema, text: cardTextSchema }),
  z.object({ type: z.literal('reportback:ordered'), pairIds: z.array(idSchema) }),
  z.object({
    type: z.literal('reportback:speaking'),
    index: z.nullable(z.number().check(z.int(), z.nonnegative())),
  }),
  z.object({ type: z.literal('learning:added'), learningId: idSchema, text: learningTextSchema }),
  z.object({ type: z.literal('learning:edited'), learningId: idSchema, text: learningTextSchema }),
  z.object({ type: z.literal('learning:deleted'), learningId: idSchema }),
  z.object({ type: z.literal('learning:reporter-set'), participantId: z.nullable(idSchema) }),
  z.object({
    type: z.literal('pairs:formed'),
    pairs: z.array(z.pick(pairSchema, { id: true, memberIds: true, withFacilitator: true })),
  }),
  z.object({
    type: z.literal('pairs:member-moved'),
    participantId: idSchema,
    toPairId: idSchema,
    withFacilitator: z.boolean(),
  }),
  z.object({ type: z.literal('pairs:cleared') }),
  z.object({ type: z.literal('pairs:done-set'), pairId: idSchema, done: z.boolean() }),
  z.object({ type: z.literal('pairs:observed'), pairId: z.nullable(idSchema) }),
  z.object({ type: z.literal('participant:left'), participantId: idSchema }),
  z.object({
    type: z.literal('post:added'),
    postId: idSchema,
    kind: postKindSchema,
    text: postTextSchema,
    authorId: idSchema,
  }),
  z.object({ type: z.literal('post:deleted'), postId: idSchema }),
  z.object({ type: z.literal('post:answered'), postId: idSchema, answered: z.boolean() }),
  z.object({ type: z.literal('readiness:answered'), participantId: idSchema, choice: readinessChoiceSchema }),
  z.object({ type: z.literal('evaluation:opened'), open: z.boolean() }),
  z.object({ type: z.literal('evaluation:summary-shown'), show: z.boolean() }),
]);
export type DomainEvent = z.infer<typeof domainEventSchema>;
export type EventOf<T extends DomainEvent['type']> = Extract<DomainEvent, { type: T }>;

/** An event as stored and broadcast: numbered within its workshop and stamped with server time. */
export const sequencedEventSchema = z.object({
  seq: z.number().check(z.int(), z.positive()),
  at: timestampSchema,
  event: domainEventSchema,
});
export type SequencedEvent = z.infer<typeof sequencedEventSchema>;
