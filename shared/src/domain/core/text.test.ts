import { describe, expect, it } from 'vitest';
import { commandSchemas } from './commands.js';
import { evaluationAnswerSchema, evaluationFieldsSchema } from '../evaluation/evaluation.js';
import { sessionJoinSchema } from '../../protocol/session.js';
import { createWorkshopState, workshopStateSchema } from './state.js';
import { inputText, storedText, textLimits, textProblem, type TextProblem } from './text.js';

const singleLine = inputText({ max: 40 });
const paragraph = inputText({ max: 500, multiline: true });
const optionalLine = inputText({ max: 40, optional: true });

const ZWSP = '\u200B';
const ZWJ = '\u200D';
const RLO = '\u202E';

describe('inputText accepts what people write', () => {
  it.each([
    ['an emoji', '🎉', '🎉'],
    ['an emoji built with a joiner', '👩‍👩‍👧', '👩‍👩‍👧'],
    ['an emoji with its presentation selector', '❤️', '❤️'],
    ['accented Spanish', 'Ñandú', 'Ñandú'],
    ['Arabic', 'مرحبا بكم', 'مرحبا بكم'],
    ['Hebrew', 'שלום עולם', 'שלום עולם'],
    ['Hebrew with a right-to-left mark', 'שלום\u200F!', 'שלום\u200F!'],
    ['Chinese', '共同点', '共同点'],
    ['Japanese', 'ワークショップ', 'ワークショップ'],
    ['spaces around, trimmed', '  Ana  ', 'Ana'],
    ['a word with a zero-width space inside', `co${ZWSP}op`, `co${ZWSP}op`],
  ])('%s', (_name, value, expected) => {
    expect(singleLine.parse(value)).toBe(expected);
  });

  it('composes a combining accent (NFC), so "José" is one form whichever keyboard typed it', () => {
    const decomposed = 'Jose\u0301';
    const parsed = singleLine.parse(decomposed);
    expect(parsed).toBe('Jos\u00E9');
    expect(parsed).toHaveLength(4);
  });

  it('counts the length after composing, so a name at the limit in decomposed form still fits', () => {
    const decomposed = 'e\u0301'.repeat(40);
    expect(singleLine.parse(decomposed)).toHaveLength(40);
  });

  it('keeps line breaks and tabs in a paragraph, and turns Windows line ends into plain ones', () => {
    expect(paragraph.parse('First line\r\nsecond\tline\rthird')).toBe('First line\nsecond\tline\nthird');
  });

  it('lets an optional field stay empty', () => {
    expect(optionalLine.parse('   ')).toBe('');
  });
});

describe('inputText refuses text with nothing to see or with hidden tricks', () => {
  it.each<[string, string, TextProblem]>([
    ['empty', '', 'required'],
    ['only spaces', '   ', 'required'],
    ['only zero-width spaces', ZWSP.repeat(3), 'invisible'],
    ['only a zero-width joiner', ZWJ, 'invisible'],
    ['only a word joiner and a byte-order mark', '\u2060\uFEFF\u2060', 'invisible'],
    ['only the Mongolian vowel separator', '\u180E', 'invisible'],
    ['only variation selectors', '\uFE0F\uFE0E', 'invisible'],
    ['only Hangul fillers', '\u3164\u3164', 'invisible'],
    ['zero-width spaces between spaces', ` ${ZWSP} ${ZWSP} `, 'invisible'],
    ['a lone high surrogate', 'Ana\uD83D', 'malformed'],
    ['a lone low surrogate', '\uDE00', 'malformed'],
    ['a right-to-left override', `Ana${RLO}gpj.exe`, 'direction'],
    ['a left-to-right embedding', '\u202AAna', 'direction'],
    ['a first-strong isolate', '\u2068Ana\u2069', 'direction'],
    ['a tab in a single-line field', 'Ana\tBen', 'control'],
    ['a line break in a single-line field', 'Ana\nBen', 'control'],
    ['a Unicode line separator in a single-line field', 'Ana\u2028Ben', 'control'],
    ['a NUL', 'Ana\u0000', 'control'],
    ['a C1 control', 'Ana\u0085', 'control'],
    ['too long', 'x'.repeat(41), 'too_long'],
  ])('%s', (_name, value, expected) => {
    expect(textProblem(singleLine, value)?.problem).toBe(expected);
  });

  it('refuses controls other than line breaks and tabs in a paragraph', () => {
    expect(textProblem(paragraph, 'one\u0007two')?.problem).toBe('control');
    expect(textProblem(paragraph, `\n${ZWSP}\n\t`)?.problem).toBe('invisible');
  });

  it('refuses an optional field that is not empty yet shows nothing', () => {
    expect(textProblem(optionalLine, ZWSP)?.problem).toBe('invisible');
  });

  it('says the limit when a text is too long', () => {
    expect(textProblem(singleLine, 'x'.repeat(41))).toEqual({ problem: 'too_long', max: 40 });
  });

  it('gives one reason a person can be told', () => {
    const result = singleLine.safeParse(ZWSP);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toBe('text.invisible');
  });

  it('keeps the limits readable for forms', () => {
    expect(textLimits(singleLine).maxLength).toBe(40);
    expect(textLimits(singleLine).minLength).toBe(1);
  });
});

describe('what clients send uses the input rule', () => {
  it('refuses a card of zero-width spaces and a join name of zero-width spaces', () => {
    expect(commandSchemas['card:add'].safeParse({ column: 'values', text: ZWSP.repeat(4) }).success).toBe(false);
    const join = { commandId: crypto.randomUUID(), code: 'ABC234', name: ZWSP.repeat(4), token: 'k'.repeat(32) };
    expect(sessionJoinSchema.safeParse(join).success).toBe(false);
  });

  it('refuses a step whose phase title is only a joiner', () => {
    const step = {
      kind: 'general',
      title: 'Warm-up',
      minutes: 5,
      instructions: '',
      questions: [],
      links: [],
      phases: [{ title: ZWJ, minutes: 5, instructions: '' }],
    };
    expect(commandSchemas['agenda:save-step'].safeParse({ step }).success).toBe(false);
  });

  it('refuses an evaluation whose I-like is a right-to-left override trick', () => {
    const answers = { learned: 'A lot', rating: 5, likes: [`${RLO}olleh`], wishes: ['More time'] };
    expect(evaluationFieldsSchema.safeParse(answers).success).toBe(false);
  });
});

describe('stored state stays lenient', () => {
  it('still loads a workshop saved with a zero-width title and card', () => {
    const state = createWorkshopState({ code: 'ABC234', title: ZWSP, template: 'custom', createdAt: 1 });
    const card = {
      id: 'c1',
      column: 'values',
      text: `${RLO}${ZWSP}`,
      authorId: null,
      createdAt: 1,
      updatedAt: 1,
    };
    const parsed = workshopStateSchema.safeParse({ ...state, cards: { c1: card } });
    expect(parsed.success).toBe(true);
  });

  it('still loads an evaluation answer saved before the rule', () => {
    const answer = { learned: ZWSP, rating: 3, likes: [ZWJ], wishes: ['x'], participantId: 'p1', updatedAt: 1 };
    expect(evaluationAnswerSchema.safeParse(answer).success).toBe(true);
  });

  it('only trims and bounds', () => {
    expect(storedText({ max: 5 }).parse(' ab ')).toBe('ab');
    expect(storedText({ max: 5 }).safeParse('abcdef').success).toBe(false);
    expect(storedText({ max: 5, optional: true }).parse('')).toBe('');
  });
});
