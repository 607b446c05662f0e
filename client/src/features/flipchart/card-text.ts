import { cardTextInputSchema, LIMITS } from '@common-ground/shared';
import type { TFunction } from '../../lib/i18n/translator';
import { textProblemMessage } from '../../lib/text-problem';

/** The same rule the server applies, checked first so the person hears it before sending. */
export function cardTextProblem(text: string, t: TFunction): string | null {
  return textProblemMessage(cardTextInputSchema, text, t, {
    required: t('flipchart.textRequired'),
    too_long: t('flipchart.tooLong', { max: LIMITS.cardTextLength }),
  });
}
