import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../clock/use-clock';
import type { PairTimerView } from './use-report-back-timer';

/** The speaking pair's time left; past its share it says so and keeps counting. */
export function PairTimer({
  timer,
  size = 'medium',
}: {
  timer: PairTimerView | null;
  size?: 'medium' | 'large' | 'huge';
}): ReactNode {
  const { t } = useTranslation();
  if (!timer?.speakingPairId) return null;
  return (
    <div className={`pair-timer pair-timer--${size}${timer.overtime ? ' pair-timer--overtime' : ''}`}>
      <span role="timer" aria-label={t('reportBack.pairTime')} className="pair-timer__time">
        {timer.synced ? formatClock(timer.remainingSeconds) : '–:––'}
      </span>
      {timer.overtime && <span className="pair-timer__state">{t('reportBack.overtime')}</span>}
    </div>
  );
}
