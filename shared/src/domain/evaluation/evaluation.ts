import { z } from 'zod/mini';
import { fail, ok, type Result } from '../../protocol/errors.js';
import { refuseInput } from '../../protocol/input-refusal.js';
import type { ReasonCode } from '../../protocol/reasons.js';
import type { Actor } from '../core/actor.js';
import { idSchema, timestampSchema } from '../core/state-parts.js';
import { inputText, isBlankText, storedText } from '../core/text.js';

/**
 * The end-of-training evaluation. Each participant's answers are private to them and the
 * facilitator; only the anonymous summary (names only where someone chose to sign) may be shown.
 */
export const MAX_EVALUATION_TEXT = 1000;
export const MAX_EVALUATION_ITEMS = 10;
export const MAX_EVALUATION_ITEM = 300;
export const RATINGS = [1, 2, 3, 4, 5] as const;

// A check's message is its reason code (see `refuseInput`), so the answer carries no sentence.
const RATING_RANGE: ReasonCode = 'evaluation.ratingRange';
const LIKE_MISSING: ReasonCode = 'evaluation.likeMissing';
const WISH_MISSING: ReasonCode = 'evaluation.wishMissing';

const itemSchema = inputText({ max: MAX_EVALUATION_ITEM });
const storedItemSchema = storedText({ max: MAX_EVALUATION_ITEM });

/** What a participant sends: every field is required; blank likes and wishes are dropped first. */
export const evaluationFieldsSchema = z.object({
  learned: inputText({ max: MAX_EVALUATION_TEXT, multiline: true, requiredReason: 'evaluation.learnedMissing' }),
  rating: z.number().check(z.int(), z.gte(1, RATING_RANGE), z.lte(5, RATING_RANGE)),
  likes: z.array(itemSchema).check(z.minLength(1, LIKE_MISSING), z.maxLength(MAX_EVALUATION_ITEMS)),
  wishes: z.array(itemSchema).check(z.minLength(1, WISH_MISSING), z.maxLength(MAX_EVALUATION_ITEMS)),
  signed: z._default(z.boolean(), false),
});
export type EvaluationFields = z.input<typeof evaluationFieldsSchema>;

/** Answers as stored: the texts only bounded, so answers saved before the input rule still load. */
export const evaluationAnswerSchema = z.extend(evaluationFieldsSchema, {
  learned: storedText({ max: MAX_EVALUATION_TEXT }),
  likes: z.array(storedItemSchema).check(z.minLength(1), z.maxLength(MAX_EVALUATION_ITEMS)),
  wishes: z.array(storedItemSchema).check(z.minLength(1), z.maxLength(MAX_EVALUATION_ITEMS)),
  participantId: idSchema,
  /** Their name, kept only when they chose to sign. */
  name: z.optional(z.string()),
  updatedAt: timestampSchema,
});
export type EvaluationAnswer = z.infer<typeof evaluationAnswerSchema>;

const reflectionText = z._default(inputText({ max: MAX_EVALUATION_TEXT, multiline: true, optional: true }), '');
export const reflectionFieldsSchema = z.object({
  did: reflectionText,
  worked: reflectionText,
  didNot: reflectionText,
  change: reflectionText,
});
export type ReflectionFields = z.input<typeof reflectionFieldsSchema>;
const storedReflectionText = z._default(storedText({ max: MAX_EVALUATION_TEXT, optional: true }), '');
export const reflectionSchema = z.object({
  did: storedReflectionText,
  worked: storedReflectionText,
  didNot: storedReflectionText,
  change: storedReflectionText,
  updatedAt: timestampSchema,
});
export type Reflection = z.infer<typeof reflectionSchema>;

/** A form's draft: what it still lacks before it can be sent. */
export type EvaluationGap = 'learned' | 'rating' | 'like' | 'wish';
export interface EvaluationDraft {
  learned: string;
  rating: number | null;
  likes: string[];
  wishes: string[];
}
export function missingEvaluationFields(draft: EvaluationDraft): EvaluationGap[] {
  const gaps: EvaluationGap[] = [];
  if (isBlankText(draft.learned)) gaps.push('learned');
  if (draft.rating === null || !RATINGS.includes(draft.rating as 1)) gaps.push('rating');
  if (draft.likes.every(isBlankText)) gaps.push('like');
  if (draft.wishes.every(isBlankText)) gaps.push('wish');
  return gaps;
}

/**
 * A participant sends or changes their answers while the evaluation is open. Blank likes and
 * wishes are dropped; the name is kept only if they sign.
 */
export function submitEvaluation(
  input: unknown,
  by: { actor: Actor; open: boolean; name: string | undefined; now: number },
): Result<EvaluationAnswer> {
  if (by.actor.kind !== 'participant') return fail('forbidden', 'evaluation.participantsOnly');
  if (!by.open) return fail('forbidden', 'evaluation.closed');
  const raw = input as Partial<Record<'likes' | 'wishes', unknown>> | null;
  const cleaned =
    raw && typeof raw === 'object' ? { ...raw, likes: dropBlanks(raw.likes), wishes: dropBlanks(raw.wishes) } : raw;
  const parsed = evaluationFieldsSchema.safeParse(cleaned);
  if (!parsed.success) return refuseInput(parsed.error);
  const fields = parsed.data;
  return ok({
    ...fields,
    participantId: by.actor.participantId,
    ...(fields.signed && by.name ? { name: by.name } : {}),
    updatedAt: by.now,
  });
}

function dropBlanks(value: unknown): unknown {
  return Array.isArray(value) ? value.filter((item) => typeof item !== 'string' || !isBlankText(item)) : value;
}

/** The facilitator writes (and rewrites) their reflection. */
export function saveReflection(input: unknown, by: { actor: Actor; now: number }): Result<Reflection> {
  if (by.actor.kind !== 'facilitator') return fail('forbidden', 'evaluation.facilitatorReflects');
  const parsed = reflectionFieldsSchema.safeParse(input);
  if (!parsed.success) return refuseInput(parsed.error);
  return ok({ ...parsed.data, updatedAt: by.now });
}

export interface SummaryItem {
  text: string;
  /** The participant's name if they signed; null otherwise. */
  by: string | null;
}

export interface EvaluationSummary {
  /** How many gave each rating: index 0 is a 1, index 4 a 5. */
  counts: [number, number, number, number, number];
  total: number;
  /** The mean rating, or null with no answers. */
  mean: number | null;
  learned: SummaryItem[];
  likes: SummaryItem[];
  wishes: SummaryItem[];
}

/** Counts per rating, the mean, and every I-like and I-wish; names only where the person signed. */
export function summarizeEvaluations(answers: readonly EvaluationAnswer[]): EvaluationSummary {
  const counts: EvaluationSummary['counts'] = [0, 0, 0, 0, 0];
  const learned: SummaryItem[] = [];
  const likes: SummaryItem[] = [];
  const wishes: SummaryItem[] = [];
  let sum = 0;
  for (const answer of answers) {
    counts[answer.rating - 1] = (counts[answer.rating - 1] ?? 0) + 1;
    sum += answer.rating;
    const by = answer.signed && answer.name ? answer.name : null;
    learned.push({ text: answer.learned, by });
    for (const text of answer.likes) likes.push({ text, by });
    for (const text of answer.wishes) wishes.push({ text, by });
  }
  const total = answers.length;
  return { counts, total, mean: total > 0 ? sum / total : null, learned, likes, wishes };
}

/** The key an unsigned answer is known by outside the live workshop: `anonymous-1`, `anonymous-2` ... */
export const ANONYMOUS_ANSWER_PREFIX = 'anonymous-';

/**
 * The answers as they may leave the workshop: a signed answer keeps its participant, and each
 * unsigned one gets its own `anonymous-N` in the order of what it says (never of who answered or
 * when), so an export names nobody, the same answers get the same keys every time, and an import
 * keeps every answer apart.
 */
export function anonymizeAnswers(answers: readonly EvaluationAnswer[]): EvaluationAnswer[] {
  const content = (answer: EvaluationAnswer) =>
    JSON.stringify([answer.rating, answer.learned, answer.likes, answer.wishes]);
  const unsigned = answers
    .filter((answer) => !answer.signed)
    .map((answer) => ({ answer, content: content(answer) }))
    .sort((a, b) => (a.content < b.content ? -1 : a.content > b.content ? 1 : 0))
    .map(({ answer }, i) => {
      const { name: _name, ...rest } = answer;
      return { ...rest, participantId: `${ANONYMOUS_ANSWER_PREFIX}${i + 1}` };
    });
  return [...answers.filter((answer) => answer.signed), ...unsigned];
}
