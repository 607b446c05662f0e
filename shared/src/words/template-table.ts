import { AGENDA_TEMPLATES } from '../domain/agenda/templates.js';
import type { TemplateId } from '../domain/core/state.js';
import { esTemplates } from './es-templates.js';
import type { TemplateTable } from './localize.js';
import type { TemplatesWords } from './template-words.js';

const TEMPLATE_WORDS: Partial<Record<string, TemplatesWords>> = { es: esTemplates };

const tables = new Map<string, Map<string, string>>();
/**
 * Each English template text with its translation, found by walking the English templates and the
 * language's in step. A workshop stores its agenda's texts in English as the template gave them;
 * so a stored text that is a template's is shown translated, and anything a facilitator typed or
 * changed (it then matches no template text) is shown as typed. Undefined for English, and for a
 * language the templates are not written in.
 */
export function templateTable(language: string): TemplateTable | undefined {
  const words = Object.hasOwn(TEMPLATE_WORDS, language) ? TEMPLATE_WORDS[language] : undefined;
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
