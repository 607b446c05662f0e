import type { ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';
import { useStore } from '../app/store';

/** The bar on top of every workshop screen: where I am, and (for some) who I am. */
export function WorkshopHeader({ subtitle, children }: { subtitle?: string; children?: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const title = useStore((s) => s.workshop?.title);
  const code = useStore((s) => s.workshop?.code);
  return (
    <header className="workshop-header">
      <div>
        <p className="workshop-header__brand">{t('app.name')}</p>
        <h1 className="workshop-header__title">{title ?? t('app.loading')}</h1>
        {subtitle && <p className="workshop-header__subtitle">{subtitle}</p>}
      </div>
      <div className="workshop-header__side">
        {code && (
          <p className="workshop-header__code">
            {t('share.code')}: <strong>{code}</strong>
          </p>
        )}
        {children}
      </div>
    </header>
  );
}
