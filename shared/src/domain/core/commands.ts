import { z } from 'zod/mini';
import {
  AGENDA_LIMITS,
  agendaLinkInput,
  agendaTextInput,
  minutesSchema,
  phaseSchema,
  stepSchema,
} from '../agenda/agenda.js';
import { LIMITS } from './limits.js';
import { oddPersonSchema } from '../pairs/pairs.js';
import { learningTextInputSchema, notesFlowSchema } from '../flipchart/flipchart.js';
import { postKindSchema, postTextInputSchema, readinessChoiceSchema } from '../observe/observe.js';
import { cardTextInputSchema, columnSchema, displayNameInputSchema, idSchema, participantRoleSchema } from './state.js';

// Every text in a command takes the input form (see text.ts); stored state keeps the lenient one.

/** A step as the facilitator's editor sends it: without ids for what is new. */
export const stepDraftSchema = z.extend(stepSchema, {
  id: z.optional(idSchema),
  title: agendaTextInput.title,
  instructions: agendaTextInput.instructions,
  questions: z.array(agendaTextInput.question).check(z.maxLength(AGENDA_LIMITS.questions)),
  links: z.array(agendaLinkInput).check(z.maxLength(AGENDA_LIMITS.links)),
  phases: z
    .array(
      z.extend(phaseSchema, {
        id: z.optional(idSchema),
        title: agendaTextInput.title,
        instructions: agendaTextInput.instructions,
      }),
    )
    .check(z.maxLength(AGENDA_LIMITS.phasesPerStep)),
});
export type StepDraft = z.infer<typeof stepDraftSchema>;

const empty = z.object({});

/**
 * Commands are what a person asks for. Each one has a schema the server checks before
 * anything else; the key is also the socket.io event name (`entity:verb`, imperative).
 */
export const commandSchemas = {
  'card:add': z.object({ column: columnSchema, text: cardTextInputSchema }),
  'card:edit': z.object({ cardId: idSchema, text: cardTextInputSchema }),
  'card:delete': z.object({ cardId: idSchema }),
  'clock:start': empty,
  'clock:pause': empty,
  'clock:adjust': z.object({
    minutes: z.number().check(
      z.int(),
      z.gte(-10),
      z.lte(10),
      z.refine((m) => m !== 0, 'Add or remove at least one minute.'),
    ),
  }),
  'clock:next': empty,
  'clock:previous': empty,
  'clock:goto': z.object({ stepId: idSchema }),
  'agenda:save-step': z.object({ step: stepDraftSchema, index: z.optional(z.number().check(z.int(), z.gte(0))) }),
  'agenda:remove-step': z.object({ stepId: idSchema }),
  'agenda:move-step': z.object({ stepId: idSchema, toIndex: z.number().check(z.int(), z.gte(0)) }),
  'settings:update': z
    .object({
      autoAdvance: z.optional(z.boolean()),
      oddPerson: z.optional(oddPersonSchema),
      notesFlow: z.optional(notesFlowSchema),
    })
    .check(z.refine((v) => Object.values(v).some((x) => x !== undefined), 'Change at least one setting.')),
  'pairs:shuffle': empty,
  /** Moves someone into a pair, into a new pair of their own, or to partner the facilitator. */
  'pairs:move': z.object({
    participantId: idSchema,
    to: z.union([idSchema, z.literal('new'), z.literal('facilitator')]),
  }),
  'pairs:clear': empty,
  'pairs:set-done': z.object({ done: z.boolean() }),
  /** The facilitator joins one pair as observer, or none (null). */
  'pairs:observe': z.object({ pairId: z.nullable(idSchema) }),
  /** A participant leaves; the facilitator may also take someone off the roster. */
  'participant:leave': z.object({ participantId: idSchema }),
  /**
   * A pair member sends a note to the flipchart: a suggestion, or a card, as the facilitator chose.
   * `sourceId` is the notebook entry it comes from, so the same entry reaches the flipchart once.
   */
  'card:suggest': z.object({ column: columnSchema, text: cardTextInputSchema, sourceId: z.optional(idSchema) }),
  'suggestion:accept': z.object({
    suggestionId: idSchema,
    column: z.optional(columnSchema),
    text: z.optional(cardTextInputSchema),
  }),
  'suggestion:reject': z.object({ suggestionId: idSchema }),
  'card:move': z.object({ cardId: idSchema, column: columnSchema }),
  /** Two cards that say the same thing become one, keeping both attributions. */
  'card:merge': z.object({ cardId: idSchema, intoCardId: idSchema, text: z.optional(cardTextInputSchema) }),
  'reportback:set-order': z.object({ pairIds: z.array(idSchema).check(z.maxLength(LIMITS.reportBackOrder)) }),
  /** Who speaks now: an index into the order, or null when nobody is. */
  'reportback:speak': z.object({ index: z.nullable(z.number().check(z.int(), z.nonnegative())) }),
  'learning:add': z.object({ text: learningTextInputSchema }),
  'learning:edit': z.object({ learningId: idSchema, text: learningTextInputSchema }),
  'learning:delete': z.object({ learningId: idSchema }),
  'learning:set-reporter': z.object({ participantId: z.nullable(idSchema) }),
  'participant:assign-role': z.object({ participantId: idSchema, role: participantRoleSchema }),
  /** After watching a 1:1: what a participant noticed, or a question they have. */
  'post:add': z.object({ kind: postKindSchema, text: postTextInputSchema }),
  'post:delete': z.object({ postId: idSchema }),
  'post:mark-answered': z.object({ postId: idSchema, answered: z.boolean() }),
  /** "Ready to try, or observe more?"; a participant may change their answer. */
  'readiness:answer': z.object({ choice: readinessChoiceSchema }),
  /** The facilitator opens or closes the evaluation form for every participant. */
  'evaluation:set-open': z.object({ open: z.boolean() }),
  /** The facilitator shows (or hides) the anonymous evaluation summary on the projector. */
  'evaluation:show-summary': z.object({ show: z.boolean() }),
} as const;

export type CommandType = keyof typeof commandSchemas;
export const COMMAND_TYPES = Object.keys(commandSchemas) as CommandType[];

type Inferred<K extends CommandType> = z.infer<(typeof commandSchemas)[K]>;

/** What a command carries besides its type; commands that carry nothing are plain objects. */
export type CommandPayload<K extends CommandType> = Inferred<K> extends Record<string, never> ? object : Inferred<K>;

/** A command with its type, as the domain's `decide` receives it. */
export type Command = { [K in CommandType]: { type: K } & CommandPayload<K> }[CommandType];

/** Joining is decided by the domain like any command, but arrives through the session. */
export type JoinCommand = { type: 'participant:join'; name: string };

export const joinNameSchema = displayNameInputSchema;
export { minutesSchema };
