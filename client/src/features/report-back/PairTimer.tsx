import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import type { TimerSize } from '../clock/ClockFace';
import { timerText } from '../clock/use-clock';
import type { PairTimerView } from './use-report-back-timer';

/** The speaking pair's time left; past its share it says so and keeps counting. */
export function PairTimer({ timer, size = 'medium' }: { timer: PairTimerView | null; size?: TimerSize }): ReactNode {
  const { t } = useTranslation();
  if (!timer?.speakingPairId) return null;
  return (
    <div className={`pair-timer pair-timer--${size}${timer.overtime ? ' pair-timer--overtime' : ''}`}>
      <span role="timer" aria-label={t('reportBack.pairTime')} className="pair-timer__time">
        {timerText(timer.remainingSeconds, timer.synced)}
      </span>
      {timer.overtime && <span className="pair-timer__state">{t('reportBack.overtime')}</span>}
    </div>
  );
}
