import { learningTextInputSchema, textLimits } from '@common-ground/shared';
import type { TFunction } from '../../lib/i18n/translator';
import { textProblemMessage } from '../../lib/text-problem';

const MAX = textLimits(learningTextInputSchema).maxLength ?? 500;

/** The rule the server applies to a learning's text, checked first so the person hears it at once. */
export function learningTextProblem(text: string, t: TFunction): string | null {
  return textProblemMessage(learningTextInputSchema, text, t, {
    required: t('learnings.textRequired'),
    too_long: t('learnings.tooLong', { max: MAX }),
  });
}
