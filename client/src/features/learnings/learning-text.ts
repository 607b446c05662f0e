import { learningTextSchema } from '@common-ground/shared';
import type { TFunction } from 'i18next';

const MAX = learningTextSchema.maxLength ?? 500;

/** The rule the server applies to a learning's text, checked first so the person hears it at once. */
export function learningTextProblem(text: string, t: TFunction): string | null {
  const trimmed = text.trim();
  if (!trimmed) return t('learnings.textRequired');
  if (trimmed.length > MAX) return t('learnings.tooLong', { max: MAX });
  return null;
}
