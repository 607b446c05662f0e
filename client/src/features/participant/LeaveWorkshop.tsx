import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useSend } from '../session/connection-context';

/** Leaving frees one's partner; it asks once before it does. */
export function LeaveWorkshop({ participantId }: { participantId: string }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <p>
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
          {t('participant.leave')}
        </button>
      </p>
    );
  }
  return (
    <div className="notice" role="group" aria-label={t('participant.confirmLeave')}>
      <span>{t('participant.confirmLeave')}</span>
      <span className="card__actions">
        <button
          type="button"
          className="button button--danger"
          autoFocus
          onClick={() => void send('participant:leave', { participantId })}
        >
          {t('participant.leave')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
          {t('flipchart.keep')}
        </button>
      </span>
    </div>
  );
}
