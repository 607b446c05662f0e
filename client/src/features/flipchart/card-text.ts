import { LIMITS } from '@common-ground/shared';
import type { TFunction } from 'i18next';

/** The same rule the server applies, checked first so the person hears it before sending. */
export function cardTextProblem(text: string, t: TFunction): string | null {
  const trimmed = text.trim();
  if (!trimmed) return t('flipchart.textRequired');
  if (trimmed.length > LIMITS.cardTextLength) return t('flipchart.tooLong', { max: LIMITS.cardTextLength });
  return null;
}
