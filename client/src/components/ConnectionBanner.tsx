import type { ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';
import { useStore } from '../app/store';

/** Says plainly when the screen is not live, and that nothing typed is lost. */
export function ConnectionBanner(): ReactNode {
  const { t } = useTranslation();
  const status = useStore((s) => s.status);
  const pending = useStore((s) => s.pendingCount);

  let text: string | null = null;
  if (status === 'offline') {
    text = t('connection.offline') + (pending > 0 ? ` ${t('connection.waiting', { count: pending })}` : '');
  } else if (status === 'connecting') text = t('connection.connecting');
  else if (pending > 0) text = t('connection.pending', { count: pending });

  return (
    <div role="status" aria-live="polite" className={text ? 'banner banner--visible' : 'banner'}>
      {text}
    </div>
  );
}
