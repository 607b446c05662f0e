import type { AppError } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../app/store';

/** The server's message, translated by its code when we have words for it. */
export function useErrorText(): (error: AppError) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (error.message === 'network') return t('errors.network');
    // The server's own sentence is the most specific; use it while the language is English.
    if (i18n.language === 'en' && error.message) return error.message;
    return t(`errors.${error.code}`);
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
