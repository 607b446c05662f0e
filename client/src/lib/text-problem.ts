import { textProblem, type TextProblem } from '@common-ground/shared';
import type { TFunction } from './i18n/translator';

type TextSchema = Parameters<typeof textProblem>[0];

/**
 * Why the shared rule would refuse `value`, in the reader's language, or null if it is fine.
 * The form hears the server's answer before sending; `own` words a reason the feature's way.
 */
export function textProblemMessage(
  schema: TextSchema,
  value: string,
  t: TFunction,
  own: Partial<Record<TextProblem, string>> = {},
): string | null {
  const found = textProblem(schema, value);
  if (!found) return null;
  return own[found.problem] ?? t(`text.${found.problem}`, { max: found.max ?? '' });
}
