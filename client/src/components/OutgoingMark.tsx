import type { ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';
import { useStore } from '../app/store';
import { useConnection } from '../features/session/connection-context';
import type { OutgoingChange } from '../features/session/outgoing.slice';
import { useErrorText } from './ErrorNotice';

/**
 * Marks a change drawn before the server took it: "waiting to send", or, if the server refused
 * it, why, with a way to send it again or let it go. The text itself stays on the page.
 */
export function OutgoingMark(props: { change: OutgoingChange }): ReactNode {
  const { t } = useTranslation();
  const connection = useConnection();
  const dismiss = useStore((s) => s.outgoingDismissed);
  const errorText = useErrorText();
  const { change } = props;
  if (change.state === 'waiting') return <p className="outgoing outgoing--waiting">{t('connection.waitingMark')}</p>;
  return (
    <div className="outgoing outgoing--refused" role="alert">
      <p>{t('connection.notSaved', { reason: change.error ? errorText(change.error) : '' })}</p>
      <div className="card__actions">
        <button type="button" className="button" onClick={() => void connection?.retry(change.commandId)}>
          {t('connection.retry')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => dismiss(change.commandId)}>
          {t('connection.discard')}
        </button>
      </div>
    </div>
  );
}
