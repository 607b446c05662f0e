import type { ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';
import { Link } from '../lib/router';

/** A whole-page message: loading, not found, refused. Always says what to do next. */
export function PageMessage({ title, body, busy }: { title: string; body?: string; busy?: boolean }): ReactNode {
  const { t } = useTranslation();
  return (
    <main className="page page--center">
      <div className="panel page-message" role={busy ? 'status' : undefined} aria-busy={busy || undefined}>
        <h1>{title}</h1>
        {body && <p>{body}</p>}
        {!busy && (
          <p>
            <Link to="/">{t('app.backHome')}</Link>
          </p>
        )}
      </div>
    </main>
  );
}
