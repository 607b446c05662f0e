import { localizeStep, templateText, type Step } from '@common-ground/shared';
import { useTranslation } from './react';

/**
 * The agenda in the reader's language where its words came from a template: a step the
 * facilitator typed or changed stays as typed. The stored agenda is never changed by reading it.
 */
export function useTemplateWords(): { step: (step: Step) => Step; text: (text: string) => string } {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    step: (step) => localizeStep(step, language),
    text: (text) => templateText(text, language),
  };
}
