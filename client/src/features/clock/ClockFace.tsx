import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, type ClockView } from './use-clock';

/** The remaining time, large; overtime in plain words and colour, still counting. */
export function ClockFace({
  view,
  size = 'medium',
}: {
  view: ClockView | null;
  size?: 'medium' | 'large' | 'huge';
}): ReactNode {
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
        {view.running && !view.synced ? '–:––' : formatClock(view.remainingSeconds)}
      </span>
      {state && <span className="clock-face__state">{state}</span>}
    </div>
  );
}
