import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';

/**
 * The projector's own outage line. Nobody types on the projector, so it only says that the board
 * is reconnecting; the other screens' promise that changes are kept would mean nothing here.
 */
export function ProjectorConnectionBanner(): ReactNode {
  const { t } = useTranslation();
  const status = useStore((s) => s.status);
  const text =
    status === 'offline' ? t('projector.offline') : status === 'connecting' ? t('connection.connecting') : null;
  return (
    <div role="status" aria-live="polite" className={text ? 'banner banner--visible' : 'banner'}>
      {text}
    </div>
  );
}
