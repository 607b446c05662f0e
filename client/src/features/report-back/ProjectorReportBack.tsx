import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import type { ClockView } from '../clock/use-clock';
import { pairLabel } from './pair-label';
import { PairTimer } from './PairTimer';
import { useReportBackTimer } from './use-report-back-timer';
import { useSpeakingPair } from './use-speaking-pair';
import { useTemplateWords } from '../../lib/i18n/template-text';

/** How many pairs of the order the wall shows: the one speaking and who comes next. */
const ORDER_SHOWN = 4;

/** On the projector during report-back: the pair that is speaking, large, its time, the questions. */
export function ProjectorReportBack({ view }: { view: ClockView | null }): ReactNode {
  const { t } = useTranslation();
  const words = useTemplateWords();
  const { pairId, pair } = useSpeakingPair();
  const participants = useStore((s) => s.workshop?.participants);
  const pairs = useStore((s) => s.workshop?.pairs);
  const order = useStore(useShallow((s) => s.workshop?.reportBack.order ?? []));
  const timer = useReportBackTimer();
  const questions = (view?.step?.questions ?? []).map(words.text);
  // The pair speaking and the next few: fifteen pairs in a row would push the flipchart off the wall.
  const from = Math.max(0, Math.min(pairId ? order.indexOf(pairId) : 0, order.length - ORDER_SHOWN));
  const upcoming = order.slice(from, from + ORDER_SHOWN);
  const later = order.length - from - upcoming.length;

  return (
    <section className="projector-report" aria-label={t('reportBack.title')}>
      <div className="projector-report__speaker">
        {pairId ? (
          <div>
            <p className="projector-report__eyebrow">{t('reportBack.speakingLabel')}</p>
            <h2 className="projector-report__name">{pairLabel(pair, participants, t)}</h2>
          </div>
        ) : (
          <p className="projector-report__waiting">{t('reportBack.waiting')}</p>
        )}
        <PairTimer timer={timer} size="huge" />
      </div>
      {questions.length > 0 && (
        <div className="projector-report__questions">
          <h3>{t('reportBack.questions')}</h3>
          <ol>
            {questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        </div>
      )}
      {order.length > 1 && (
        <ol className="projector-report__order" aria-label={t('reportBack.orderTitle')}>
          {upcoming.map((id) => (
            <li
              key={id}
              className={
                id === pairId ? 'projector-report__pair projector-report__pair--speaking' : 'projector-report__pair'
              }
              aria-current={id === pairId ? 'true' : undefined}
            >
              {pairLabel(pairs?.[id], participants, t)}
            </li>
          ))}
          {later > 0 && <li className="projector-report__later">{t('reportBack.andMore', { count: later })}</li>}
        </ol>
      )}
    </section>
  );
}
