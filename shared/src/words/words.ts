import { z } from 'zod/mini';
import type { Step } from '../domain/agenda/agenda.js';
import { AGENDA_TEMPLATES } from '../domain/agenda/templates.js';
import type { TemplateId } from '../domain/core/state.js';
import { enExportWords, type ExportWords } from './export-words.js';
import { esExportWords, esTemplates } from './es.js';
import type { TemplatesWords } from './template-words.js';

/** The languages the exports and the templates are written in; English is the default. */
export const WORD_LANGUAGES = ['en', 'es'] as const;
export const wordLanguageSchema = z.enum(WORD_LANGUAGES);
export type WordLanguage = z.infer<typeof wordLanguageSchema>;

const EXPORT_WORDS: Record<WordLanguage, ExportWords> = { en: enExportWords, es: esExportWords };
const TEMPLATE_WORDS: Partial<Record<WordLanguage, TemplatesWords>> = { es: esTemplates };

/** The exports' words in a language; English for any language we do not write exports in. */
export function exportWords(language: string = 'en'): ExportWords {
  const parsed = wordLanguageSchema.safeParse(language);
  return parsed.success ? EXPORT_WORDS[parsed.data] : enExportWords;
}

/**
 * Each English template text with its translation, found by walking the English templates and the
 * language's in step. A workshop stores its agenda's texts in English as the template gave them;
 * so a stored text that is a template's is shown translated, and anything a facilitator typed or
 * changed (it then matches no template text) is shown as typed.
 */
const tables = new Map<string, Map<string, string>>();
function tableOf(language: string): Map<string, string> | undefined {
  const words = TEMPLATE_WORDS[language as WordLanguage];
  if (!words) return undefined;
  let table = tables.get(language);
  if (table) return table;
  table = new Map();
  const put = (english: string | undefined, translated: string | undefined) => {
    if (english && translated && !table!.has(english)) table!.set(english, translated);
  };
  for (const id of Object.keys(AGENDA_TEMPLATES) as TemplateId[]) {
    const english = AGENDA_TEMPLATES[id];
    const translated = words[id];
    put(english.name, translated.name);
    put(english.description, translated.description);
    english.steps.forEach((step, i) => {
      const other = translated.steps[i];
      if (!other) return;
      put(step.title, other.title);
      put(step.instructions, other.instructions);
      step.questions?.forEach((question, j) => put(question, other.questions?.[j]));
      step.links?.forEach((link, j) => put(link.label, other.links?.[j]));
      step.phases?.forEach((phase, j) => {
        put(phase.title, other.phases?.[j]?.title);
        put(phase.instructions, other.phases?.[j]?.instructions);
      });
    });
  }
  tables.set(language, table);
  return table;
}

/** A stored agenda text in `language` when it is a template's own text; otherwise as it was typed. */
export function templateText(text: string, language: string): string {
  return tableOf(language)?.get(text) ?? text;
}

/** A step with every text that came from a template in `language`; typed texts stay as typed. */
export function localizeStep(step: Step, language: string): Step {
  if (!tableOf(language)) return step;
  const tr = (text: string) => templateText(text, language);
  return {
    ...step,
    title: tr(step.title),
    instructions: tr(step.instructions),
    questions: step.questions.map(tr),
    links: step.links.map((link) => ({ ...link, label: tr(link.label) })),
    phases: step.phases.map((phase) => ({ ...phase, title: tr(phase.title), instructions: tr(phase.instructions) })),
  };
}

/** A mean rating as the language writes it: "4.5" in English, "4,5" in Spanish. */
export function oneDecimal(value: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
