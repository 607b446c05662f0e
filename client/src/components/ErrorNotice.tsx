import type { AppError, ReasonParams } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';
import { useStore } from '../app/store';

/**
 * A refusal in the reader's language: the words for its reason, filled in with its parameters.
 * A reason this build has no words for (a newer server's) falls back to the words for its code.
 */
export function useErrorText(): (error: AppError) => string {
  const { t, i18n } = useTranslation();
  // A reason arrives from the wire, so its key is checked at run time by `exists`, not by type
  // (reasons.test.ts proves every known reason has words); plural keys need the looser signature.
  const byKey = t as (key: string, options: ReasonParams) => string;
  return (error) => {
    const key = `reasons.${error.reason}`;
    const options = { ...error.params };
    return i18n.exists(key, options) ? byKey(key, options) : t(`errors.${error.code}`);
  };
}

/** The last refused action, shown until dismissed. */
export function ErrorNotice(): ReactNode {
  const { t } = useTranslation();
  const error = useStore((s) => s.error);
  const setError = useStore((s) => s.setError);
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <div role="alert" className="notice notice--error">
      <span>{errorText(error)}</span>
      <button type="button" className="button button--quiet" onClick={() => setError(null)}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
