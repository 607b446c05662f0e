import { postTextInputSchema, textLimits } from '@common-ground/shared';
import type { TFunction } from '../../lib/i18n/translator';
import { textProblemMessage } from '../../lib/text-problem';

const MAX = textLimits(postTextInputSchema).maxLength ?? 500;

/** The rule the server applies to a noticing or question, checked first so the person hears it at once. */
export function postTextProblem(text: string, t: TFunction): string | null {
  return textProblemMessage(postTextInputSchema, text, t, {
    required: t('observe.textRequired'),
    too_long: t('observe.tooLong', { max: MAX }),
  });
}
