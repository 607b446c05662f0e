import { pairOf } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { pairLabel } from './pair-label';
import { PairTimer } from './PairTimer';
import { useReportBackTimer } from './use-report-back-timer';
import { useSpeakingPair } from './use-speaking-pair';
import { useTurnAnnouncement } from './use-turn-announcement';

/** During report-back, a participant sees who speaks now, for how long, and when it is their turn. */
export function SpeakingBanner({ participantId }: { participantId: string }): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const { pairId, pair } = useSpeakingPair();
  const participants = useStore((s) => s.workshop?.participants);
  const myPairId = useStore((s) => (s.workshop ? pairOf(s.workshop.pairs, participantId)?.id : undefined));
  const order = useStore((s) => s.workshop?.reportBack.order);
  const timer = useReportBackTimer();
  const mine = pairId !== null && pairId === myPairId;
  const myPlace = myPairId && order ? order.indexOf(myPairId) + 1 : 0;
  useTurnAnnouncement(mine);

  return (
    <section className={`panel speaking${mine ? ' speaking--mine' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="speaking__head">
        <div>
          <h2 id={`${id}-title`} className="visually-hidden">
            {t('reportBack.title')}
          </h2>
          <div>
            {mine && <p className="speaking__turn">{t('reportBack.yourTurn')}</p>}
            <p className="speaking__now">
              {pairId
                ? t('reportBack.nowSpeaking', { name: pairLabel(pair, participants, t) })
                : t('reportBack.waiting')}
            </p>
          </div>
          {!mine && myPlace > 0 && order && (
            <p className="hint">{t('reportBack.yourPlace', { place: myPlace, count: order.length })}</p>
          )}
        </div>
        <PairTimer timer={timer} size="large" />
      </div>
    </section>
  );
}
