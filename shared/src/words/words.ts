import { z } from 'zod/mini';
import type { Step } from '../domain/agenda/agenda.js';
import { enExportWords, type ExportWords } from './export-words.js';
import { esExportWords } from './es.js';
import { localizeStepWith, translateTemplateText } from './localize.js';
import { templateTable } from './template-table.js';

/** The languages the exports and the templates are written in; English is the default. */
export const WORD_LANGUAGES = ['en', 'es'] as const;
export const wordLanguageSchema = z.enum(WORD_LANGUAGES);
export type WordLanguage = z.infer<typeof wordLanguageSchema>;

const EXPORT_WORDS: Record<WordLanguage, ExportWords> = { en: enExportWords, es: esExportWords };

/** The exports' words in a language; English for any language we do not write exports in. */
export function exportWords(language: string = 'en'): ExportWords {
  const parsed = wordLanguageSchema.safeParse(language);
  return parsed.success ? EXPORT_WORDS[parsed.data] : enExportWords;
}

/** A stored agenda text in `language` when it is a template's own text; otherwise as it was typed. */
export function templateText(text: string, language: string): string {
  return translateTemplateText(text, templateTable(language));
}

/** A step with every text that came from a template in `language`; typed texts stay as typed. */
export function localizeStep(step: Step, language: string): Step {
  return localizeStepWith(step, templateTable(language));
}

/** A mean rating as the language writes it: "4.5" in English, "4,5" in Spanish. */
export function oneDecimal(value: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
