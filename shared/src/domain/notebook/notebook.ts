import { z } from 'zod/mini';
import { fail, ok, type Result } from '../../protocol/errors.js';
import type { Actor } from '../core/actor.js';
import { pairOf } from '../pairs/pairs.js';
import { type columnSchema, idSchema, timestampSchema } from '../core/state-parts.js';
import { inputText, storedText } from '../core/text.js';
import type { WorkshopState } from '../core/state.js';
import { entryOf } from '../core/keyed.js';

/**
 * A pair's notebook: what the partners draw out of each other (values, interests, resources, one
 * entry per note so two people can write at once), the commitment they make, and feedback notes.
 * Private to the pair and the facilitator: it never travels with the workshop's public state.
 */
export const NOTEBOOK_SECTIONS = ['values', 'interests', 'resources', 'feedback'] as const;
export const notebookSectionSchema = z.enum(NOTEBOOK_SECTIONS);
export type NotebookSection = z.infer<typeof notebookSectionSchema>;

/** Notes in one pair's notebook: a 1:1's worth many times over, never a store for anything else. */
export const MAX_NOTEBOOK_ENTRIES = 200;

export const notebookTextSchema = storedText({ max: 1000 });
/** A note as a partner or the facilitator sends it. */
export const notebookTextInputSchema = inputText({ max: 1000, multiline: true });

export const notebookEntrySchema = z.object({
  id: idSchema,
  section: notebookSectionSchema,
  text: notebookTextSchema,
  authorId: z.nullable(idSchema),
  /** Bumped on every edit; an edit must name the version it started from. */
  version: z.number().check(z.int(), z.positive()),
  updatedAt: timestampSchema,
});
export type NotebookEntry = z.infer<typeof notebookEntrySchema>;

/** The commitment as the partners send it; every part may still be blank. */
export const commitmentFieldsSchema = z.object({
  who: inputText({ max: 200, optional: true }),
  what: inputText({ max: 1000, optional: true }),
  byWhen: inputText({ max: 200, optional: true }),
});
export type CommitmentFields = z.infer<typeof commitmentFieldsSchema>;
const COMMITMENT_FIELDS = Object.keys(commitmentFieldsSchema.shape) as Array<keyof CommitmentFields>;

/** As stored: the texts only bounded, so commitments saved before the input rule still load. */
const storedCommitmentSchema = z.object({
  who: storedText({ max: 200, optional: true }),
  what: storedText({ max: 1000, optional: true }),
  byWhen: storedText({ max: 200, optional: true }),
  /**
   * The next 1:1's date as commitments held it before: kept so stored ones still show and export.
   * A next 1:1 is now scheduled in one place, the participant's follow-up (see follow-up.ts).
   */
  nextMeeting: z.optional(storedText({ max: 40, optional: true })),
  version: z.number().check(z.int(), z.nonnegative()),
});

/** The 2-minute feedback's short rubric: did the organizer do these things? Kept per round. */
export const RUBRIC_ITEMS = ['askedWhy', 'sharedStory', 'drewOut', 'madeAsk'] as const;
export const rubricItemSchema = z.enum(RUBRIC_ITEMS);
export type RubricItem = z.infer<typeof rubricItemSchema>;
export const rubricSchema = z.object({
  round: z.number().check(z.int(), z.gte(1), z.lte(3)),
  askedWhy: z.boolean(),
  sharedStory: z.boolean(),
  drewOut: z.boolean(),
  madeAsk: z.boolean(),
});
export type Rubric = z.infer<typeof rubricSchema>;

export const notebookSchema = z.object({
  pairId: idSchema,
  entries: z.array(notebookEntrySchema).check(z.maxLength(MAX_NOTEBOOK_ENTRIES)),
  commitment: storedCommitmentSchema,
  rubrics: z._default(z.array(rubricSchema), []),
});
export type Notebook = z.infer<typeof notebookSchema>;

export function emptyNotebook(pairId: string): Notebook {
  return {
    pairId,
    entries: [],
    commitment: { who: '', what: '', byWhen: '', version: 0 },
    rubrics: [],
  };
}

/** Only the pair's members and the facilitator may read or write a pair's notebook. */
export function canUseNotebook(state: WorkshopState, actor: Actor, pairId: string): boolean {
  if (actor.kind === 'facilitator')
    return Boolean(entryOf(state.pairs, pairId)) || state.reportBack.order.includes(pairId);
  if (actor.kind !== 'participant') return false;
  return pairOf(state.pairs, actor.participantId)?.id === pairId;
}

export const notebookChangeSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('add'),
    entryId: idSchema,
    section: notebookSectionSchema,
    text: notebookTextInputSchema,
  }),
  z.object({
    type: z.literal('edit'),
    entryId: idSchema,
    text: notebookTextInputSchema,
    baseVersion: z.number().check(z.int()),
  }),
  z.object({ type: z.literal('delete'), entryId: idSchema }),
  z.object({ type: z.literal('commit'), commitment: commitmentFieldsSchema, baseVersion: z.number().check(z.int()) }),
  /** Ticks or unticks one rubric item for one round; setting a value twice is harmless. */
  z.object({
    type: z.literal('rubric'),
    round: z.number().check(z.int(), z.gte(1), z.lte(3)),
    item: rubricItemSchema,
    checked: z.boolean(),
  }),
]);
export type NotebookChange = z.infer<typeof notebookChangeSchema>;

/**
 * Applies one change. The rule for two partners writing at once: additions never collide (each
 * note is its own entry); an edit or a commitment names the version it was made from, and if
 * the other partner saved in between it is refused as a `conflict`, so the writer sees both texts
 * and nothing is overwritten silently. Repeating a change already applied is harmless.
 */
export function changeNotebook(
  notebook: Notebook,
  change: NotebookChange,
  by: { authorId: string | null; now: number },
): Result<Notebook> {
  const entry = 'entryId' in change ? notebook.entries.find((e) => e.id === change.entryId) : undefined;
  switch (change.type) {
    case 'add':
      if (entry) return ok(notebook);
      if (notebook.entries.length >= MAX_NOTEBOOK_ENTRIES) return fail('invalid_input', 'notebook.full');
      return ok({
        ...notebook,
        entries: [
          ...notebook.entries,
          {
            id: change.entryId,
            section: change.section,
            text: change.text.trim(),
            authorId: by.authorId,
            version: 1,
            updatedAt: by.now,
          },
        ],
      });
    case 'edit': {
      if (!entry) return fail('not_found', 'note.gone');
      const text = change.text.trim();
      if (entry.text === text) return ok(notebook);
      if (entry.version !== change.baseVersion) {
        return fail('conflict', 'note.conflict');
      }
      return ok({
        ...notebook,
        entries: notebook.entries.map((e) =>
          e.id === entry.id ? { ...e, text, version: e.version + 1, updatedAt: by.now } : e,
        ),
      });
    }
    case 'delete':
      return ok(entry ? { ...notebook, entries: notebook.entries.filter((e) => e.id !== entry.id) } : notebook);
    case 'rubric': {
      const current = notebook.rubrics.find((r) => r.round === change.round) ?? {
        round: change.round,
        askedWhy: false,
        sharedStory: false,
        drewOut: false,
        madeAsk: false,
      };
      const next = { ...current, [change.item]: change.checked };
      const rubrics = [...notebook.rubrics.filter((r) => r.round !== change.round), next].sort(
        (a, b) => a.round - b.round,
      );
      return ok({ ...notebook, rubrics });
    }
    case 'commit': {
      const { version } = notebook.commitment;
      const same = COMMITMENT_FIELDS.every((key) => notebook.commitment[key] === change.commitment[key]);
      if (same) return ok(notebook);
      if (version !== change.baseVersion) {
        return fail('conflict', 'commitment.conflict');
      }
      // A stored "next 1:1" stays: only the fields the form sends are replaced.
      return ok({ ...notebook, commitment: { ...notebook.commitment, ...change.commitment, version: version + 1 } });
    }
  }
}

/** Notes in a section map onto the flipchart's columns; feedback stays in the pair. */
export function columnOfSection(section: NotebookSection): z.infer<typeof columnSchema> | null {
  return section === 'feedback' ? null : section;
}
