import { postTextSchema } from '@common-ground/shared';
import type { TFunction } from 'i18next';

const MAX = postTextSchema.maxLength ?? 500;

/** The rule the server applies to a noticing or question, checked first so the person hears it at once. */
export function postTextProblem(text: string, t: TFunction): string | null {
  const trimmed = text.trim();
  if (!trimmed) return t('observe.textRequired');
  if (trimmed.length > MAX) return t('observe.tooLong', { max: MAX });
  return null;
}
