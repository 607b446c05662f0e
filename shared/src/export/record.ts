import { z } from 'zod/mini';
import { stepMinutes, type Step } from '../domain/agenda/agenda.js';
import { evaluationAnswerSchema, reflectionSchema } from '../domain/evaluation/evaluation.js';
import {
  followUpSchema,
  localDateTimeSchema,
  timeZoneSchema,
  type FollowUpMeeting,
} from '../domain/follow-up/follow-up.js';
import { notebookSchema, type CommitmentFields } from '../domain/notebook/notebook.js';
import { COLUMNS, type Column } from '../domain/core/state-parts.js';
import { workshopStateSchema, type Card, type WorkshopState } from '../domain/core/state.js';
import { entryOf } from '../domain/core/keyed.js';
import { enExportWords, type ExportWords } from '../words/export-words.js';
import { exportWords, localizeStep } from '../words/words.js';

/**
 * Everything an export is built from: the state every screen sees, plus the private records the
 * server keeps apart (the pairs' notebooks and each participant's follow-up). Holds no secrets.
 */
export const workshopRecordSchema = z.object({
  state: workshopStateSchema,
  notebooks: z.array(notebookSchema).check(z.maxLength(500)),
  followUps: z.array(followUpSchema).check(z.maxLength(500)),
  /** Participants' evaluation answers; names only for those who signed. */
  evaluations: z._default(z.array(evaluationAnswerSchema).check(z.maxLength(500)), []),
  /** The facilitator's reflection (in the facilitator's own export only). */
  reflection: z._default(z.nullable(reflectionSchema), null),
  /**
   * Whose copy this is. The note-taker's holds only what every screen shows: what the screens call
   * private to a person (or a pair) and the facilitator is in the facilitator's copy alone.
   */
  copy: z.optional(z.enum(['whole', 'note-taker'])),
  /**
   * The workshop's time zone, for next 1:1s saved without their own (before browsers sent it): the
   * hosting server's zone when the record was exported, since the room and its server share a place.
   */
  timeZone: z.optional(timeZoneSchema),
});
export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;

export const EXPORT_FORMATS = ['md', 'csv', 'json', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

/** The workshop's day, `YYYY-MM-DD` (UTC). */
export function workshopDate(state: Pick<WorkshopState, 'createdAt'>): string {
  return new Date(state.createdAt).toISOString().slice(0, 10);
}

/** A safe download name, e.g. `tuesday-1-1-training-2026-11-23.md`. */
export function exportFileName(state: Pick<WorkshopState, 'title' | 'createdAt'>, format: ExportFormat): string {
  const slug =
    state.title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'workshop';
  return `${slug}-${workshopDate(state)}.${format}`;
}

/** A participant's name, "Facilitator" for null, or "Unknown" for someone the record does not know. */
export function personName(state: WorkshopState, id: string | null, words: ExportWords = enExportWords): string {
  if (id === null) return words.facilitator;
  return entryOf(state.participants, id)?.name ?? words.unknownPerson;
}

/** The pair's members by name, the facilitator last when they paired in; null for an unknown pair. */
function pairMemberNames(state: WorkshopState, pairId: string, words: ExportWords): string[] | null {
  const pair = entryOf(state.pairs, pairId) ?? entryOf(state.formerPairs, pairId);
  if (!pair) return null;
  const names = pair.memberIds.map((id) => personName(state, id, words));
  if (pair.withFacilitator) names.push(words.facilitator);
  return names;
}

/** The pair's members by name, as "Ana & Ben". */
export function pairName(state: WorkshopState, pairId: string, words: ExportWords = enExportWords): string {
  return pairMemberNames(state, pairId, words)?.join(' & ') ?? words.unknownPair;
}

export function cardPairs(state: WorkshopState, card: Card, words: ExportWords = enExportWords): string {
  return (card.pairIds ?? []).map((id) => pairName(state, id, words)).join('; ');
}

/** The flipchart's cards, column by column in the guide's order, oldest first. */
export function cardsByColumn(state: WorkshopState): Array<{ column: Column; cards: Card[] }> {
  const cards = Object.values(state.cards).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return COLUMNS.map((column) => ({ column, cards: cards.filter((card) => card.column === column) }));
}

export const COLUMN_TITLES: Record<Column, string> = enExportWords.columns;

/** A step as one line, its title in `language` when the template gave it. */
export function agendaLine(step: Step, language = 'en'): string {
  return `${localizeStep(step, language).title} (${exportWords(language).minutes(stepMinutes(step))})`;
}

/** The commitments pairs wrote in their notebooks, with the pair's names. */
export function commitmentsOf(
  record: WorkshopRecord,
  words: ExportWords = enExportWords,
): Array<{ pair: string; commitment: CommitmentFields }> {
  return record.notebooks
    .filter((n) => [n.commitment.who, n.commitment.what, n.commitment.byWhen].some(Boolean))
    .map((n) => ({ pair: pairName(record.state, n.pairId, words), commitment: n.commitment }));
}

/** One next one-on-one as the exports list it; `key` tells it apart from every other in the record. */
export interface ScheduledMeeting {
  key: string;
  by: string;
  meeting: FollowUpMeeting;
}

/**
 * Every next one-on-one, soonest first, with who scheduled it. A participant's follow-up is the one
 * place they are scheduled; a commitment stored before that (its "next 1:1" date) still counts, as
 * the pair's meeting with each other.
 */
export function meetingsOf(record: WorkshopRecord, words: ExportWords = enExportWords): ScheduledMeeting[] {
  const scheduled = record.followUps.flatMap((f) =>
    f.meetings.map((meeting) => ({
      key: `${f.participantId}-${meeting.id}`,
      by: personName(record.state, f.participantId, words),
      meeting,
    })),
  );
  return [...scheduled, ...commitmentMeetings(record, words)].sort(
    (a, b) => a.meeting.when.localeCompare(b.meeting.when) || a.key.localeCompare(b.key),
  );
}

/** The "next 1:1" of commitments stored before the date moved to the follow-up. */
function commitmentMeetings(record: WorkshopRecord, words: ExportWords): ScheduledMeeting[] {
  return record.notebooks.flatMap((notebook) => {
    const when = localDateTimeSchema.safeParse(notebook.commitment.nextMeeting);
    if (!when.success) return [];
    const [first, ...others] = pairMemberNames(record.state, notebook.pairId, words) ?? [words.unknownPair];
    return [
      {
        key: `${notebook.pairId}-commitment`,
        by: first ?? '',
        meeting: {
          id: 'commitment',
          withWhom: others.join(' & '),
          when: when.data,
          where: '',
          createdAt: record.state.createdAt,
        },
      },
    ];
  });
}

/** What the note-taker's copy says in place of what is private to a person and the facilitator. */
export const PRIVATE_PARTS_NOTE = enExportWords.privatePartsNote;

/** Where a time zone is unknown everywhere: coordinated time, said plainly beside each time. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** The zone a next 1:1's wall-clock time is in: its own, else the workshop's, else UTC. */
export function meetingTimeZone(record: Pick<WorkshopRecord, 'timeZone'>, meeting: FollowUpMeeting): string {
  return meeting.timeZone ?? record.timeZone ?? DEFAULT_TIME_ZONE;
}

/** `YYYY-MM-DDTHH:mm` shown as `YYYY-MM-DD HH:mm`, with its zone when given. */
export function showLocal(when: string, timeZone?: string): string {
  const time = when.replace('T', ' ');
  return timeZone ? `${time} (${timeZone})` : time;
}
