import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { timerText, type ClockView } from './use-clock';

/** How large a timer is drawn: in a panel, on a phone's first screen, on the projector. */
export type TimerSize = 'medium' | 'large' | 'huge';

/** The remaining time, large; overtime in plain words and colour, still counting. */
export function ClockFace({ view, size = 'medium' }: { view: ClockView | null; size?: TimerSize }): ReactNode {
  const { t } = useTranslation();
  if (!view || !view.step) return null;
  const state = !view.started
    ? t('clock.notStarted')
    : view.overtime
      ? t('clock.overtime')
      : !view.running
        ? t('clock.paused')
        : null;
  return (
    <div className={`clock-face clock-face--${size}${view.overtime ? ' clock-face--overtime' : ''}`}>
      <span className="visually-hidden">{t('clock.label')}</span>
      <span role="timer" className="clock-face__time" data-testid="clock-time">
        {timerText(view.remainingSeconds, view.synced || !view.running)}
      </span>
      {state && <span className="clock-face__state">{state}</span>}
    </div>
  );
}
