import { z } from 'zod/mini';
import type { ReasonCode } from '../../protocol/reasons.js';

/**
 * The one rule for free text a person types: a title, a name, a card, a note. Every schema for
 * text a client sends is built here, so the server and the browser's forms give the same answer.
 */

/** Why a text is refused; each check's message is its reason code, so a refusal needs no words. */
export const TEXT_PROBLEMS = ['required', 'too_long', 'malformed', 'control', 'direction', 'invisible'] as const;
export type TextProblem = (typeof TEXT_PROBLEMS)[number];

export interface TextRules {
  /** The longest text accepted, counted in UTF-16 units after normalizing and trimming. */
  max: number;
  /** Paragraphs may hold line breaks and tabs; single-line fields (titles, names) may not. */
  multiline?: boolean;
  /** May be left empty; if it is not empty it must still show something. */
  optional?: boolean;
  /** The reason when a required text is empty, where the field needs naming. */
  requiredReason?: ReasonCode;
}

// With the `u` flag a lone surrogate is a code point of category Cs; a proper pair is not.
const LONE_SURROGATE = /\p{Cs}/u;
// Cc is exactly C0, DEL and C1; a single line also refuses the Unicode line and paragraph
// separators. Paragraphs may keep line breaks and tabs.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const CONTROL_BUT_LINES = /(?![\n\t])\p{Cc}/u;
// Overrides and isolates reorder what others read (a "Trojan Source" trick). Ordinary right-to-left
// letters (Arabic, Hebrew) and the invisible marks U+200E/U+200F that help them are not in here.
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// What prints nothing: spaces, controls, format characters (ZWJ, U+200B, U+FEFF, U+180E…),
// default-ignorables (variation selectors, Hangul fillers) and the blank Braille cell.
const VISIBLE = /[^\s\p{Z}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;

const REASONS = {
  required: 'text.required',
  too_long: 'text.tooLong',
  malformed: 'text.malformed',
  control: 'text.control',
  direction: 'text.direction',
  invisible: 'text.invisible',
} as const satisfies Record<TextProblem, ReasonCode>;

function problem(kind: TextProblem, reason: ReasonCode = REASONS[kind]) {
  // `abort` stops at the first problem, so a person reads one reason at a time.
  return { message: reason, abort: true, params: { textProblem: kind } };
}

/**
 * Free text as a person sends it: well-formed Unicode, no control or direction-override
 * characters, normalized to NFC, trimmed, at least one visible character, at most `max` long.
 * The inferred type stays `string`.
 */
export function inputText(rules: TextRules): z.ZodMiniString<string> {
  const control = rules.multiline ? CONTROL_BUT_LINES : CONTROL;
  const checks: z.core.$ZodCheck<string>[] = [z.refine((s: string) => !LONE_SURROGATE.test(s), problem('malformed'))];
  // Pasted text may carry Windows line ends; a paragraph keeps them as plain line breaks.
  if (rules.multiline) checks.push(z.overwrite((s: string) => s.replace(/\r\n?/g, '\n')));
  checks.push(
    z.refine((s: string) => !control.test(s), problem('control')),
    z.refine((s: string) => !DIRECTION_CONTROL.test(s), problem('direction')),
    z.normalize('NFC'),
    z.trim(),
  );
  if (!rules.optional) checks.push(z.minLength(1, problem('required', rules.requiredReason)));
  checks.push(
    z.maxLength(rules.max, problem('too_long')),
    z.refine((s: string) => s === '' || !isBlankText(s), problem('invisible')),
  );
  return z.string().check(...checks);
}

/**
 * Free text as it was stored: only trimmed and bounded, as before the rule above existed, so
 * workshops and records saved earlier (and exports of them) still load. Never use it for input.
 */
export function storedText(rules: Pick<TextRules, 'max' | 'optional'>): z.ZodMiniString<string> {
  return rules.optional
    ? z.string().check(z.trim(), z.maxLength(rules.max))
    : z.string().check(z.trim(), z.minLength(1), z.maxLength(rules.max));
}

/** True when a text shows nothing a person could read: empty, spaces, or only invisible characters. */
export function isBlankText(text: string): boolean {
  return !VISIBLE.test(text);
}

/** The first reason `schema` refuses `value`, with the limit for `too_long`; null when accepted. */
export function textProblem(schema: z.ZodMiniType, value: string): { problem: TextProblem; max?: number } | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_big') return { problem: 'too_long', max: Number(issue.maximum) };
  if (issue?.code === 'too_small') return { problem: 'required' };
  // Only this file's own checks can refuse a string, so every custom issue names its problem.
  const kind: unknown = issue?.code === 'custom' ? issue.params?.textProblem : undefined;
  return { problem: TEXT_PROBLEMS.find((known) => known === kind) ?? 'invisible' };
}

/** The bounds a text schema holds, for a form's `maxLength` and its words ("at most 40"). */
export function textLimits(schema: z.ZodMiniString<string>): { minLength: number | null; maxLength: number | null } {
  let minLength: number | null = null;
  let maxLength: number | null = null;
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; minimum?: unknown; maximum?: unknown };
    if (def.check === 'min_length' && typeof def.minimum === 'number') {
      minLength = Math.max(minLength ?? def.minimum, def.minimum);
    }
    if (def.check === 'max_length' && typeof def.maximum === 'number') {
      maxLength = Math.min(maxLength ?? def.maximum, def.maximum);
    }
  }
  return { minLength, maxLength };
}
