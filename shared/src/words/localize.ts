import type { Step } from '../domain/agenda/agenda.js';

/** Each English template text with its translation in one language (see `templateTable`). */
export type TemplateTable = ReadonlyMap<string, string>;

/** A stored agenda text in the table's language when it is a template's own text; otherwise as typed. */
export function translateTemplateText(text: string, table: TemplateTable | undefined): string {
  return table?.get(text) ?? text;
}

/** A step with every text that came from a template translated by `table`; typed texts stay as typed. */
export function localizeStepWith(step: Step, table: TemplateTable | undefined): Step {
  if (!table) return step;
  const tr = (text: string) => translateTemplateText(text, table);
  return {
    ...step,
    title: tr(step.title),
    instructions: tr(step.instructions),
    questions: step.questions.map(tr),
    links: step.links.map((link) => ({ ...link, label: tr(link.label) })),
    phases: step.phases.map((phase) => ({ ...phase, title: tr(phase.title), instructions: tr(phase.instructions) })),
  };
}
