import { READINESS_CHOICES, type ReadinessChoice } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { useSend } from '../session/connection-context';

const LABEL_KEYS = { ready: 'observe.ready', 'observe-more': 'observe.observeMore' } as const;

/** "Ready to try, or observe more?": one answer per participant, which they may change. */
export function ReadinessQuestion({ participantId }: { participantId: string }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const answer = useStore((s): ReadinessChoice | undefined => s.workshop?.readiness[participantId]);

  return (
    <div className="observe__readiness" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('observe.readinessTitle')}</h3>
      <p>{t('observe.readinessQuestion')}</p>
      <div className="observe__choices">
        {READINESS_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            className={answer === choice ? 'button' : 'button button--quiet'}
            aria-pressed={answer === choice}
            onClick={() => void send('readiness:answer', { choice })}
          >
            {t(LABEL_KEYS[choice])}
          </button>
        ))}
      </div>
      {answer && <p className="hint">{t('observe.readinessSaved', { choice: t(LABEL_KEYS[answer]) })}</p>}
    </div>
  );
}
