import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../session/connection-context';
import type { ClockView } from './use-clock';

/** Start, pause, a minute more or less, back and next: for the facilitator and the timekeeper. */
export function ClockControls({ view }: { view: ClockView | null }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  if (!view || !view.step) return null;
  return (
    <div className="clock-controls" role="group" aria-label={t('clock.controls')}>
      {view.running ? (
        <button type="button" className="button button--primary" onClick={() => void send('clock:pause', {})}>
          {t('clock.pause')}
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={() => void send('clock:start', {})}>
          {view.started ? t('clock.resume') : t('clock.start')}
        </button>
      )}
      <button
        type="button"
        className="button"
        aria-label={t('clock.removeMinuteLabel')}
        onClick={() => void send('clock:adjust', { minutes: -1 })}
      >
        {t('clock.removeMinute')}
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('clock.addMinuteLabel')}
        onClick={() => void send('clock:adjust', { minutes: 1 })}
      >
        {t('clock.addMinute')}
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('clock.previousLabel')}
        onClick={() => void send('clock:previous', {})}
      >
        {t('clock.previous')}
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('clock.nextLabel')}
        onClick={() => void send('clock:next', {})}
      >
        {t('clock.next')}
      </button>
    </div>
  );
}
