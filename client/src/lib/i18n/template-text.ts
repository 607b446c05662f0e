import { localizeStepWith, translateTemplateText, type Step } from '@common-ground/shared';
import { loadedTemplateTable } from './languages';
import { useTranslation } from './react';

/**
 * The agenda in the reader's language where its words came from a template: a step the
 * facilitator typed or changed stays as typed. The stored agenda is never changed by reading it.
 */
export function useTemplateWords(): { step: (step: Step) => Step; text: (text: string) => string } {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  // Loaded with the language's messages (languages/es.ts), so English readers never fetch them.
  const table = loadedTemplateTable(language);
  return {
    step: (step) => localizeStepWith(step, table),
    text: (text) => translateTemplateText(text, table),
  };
}
