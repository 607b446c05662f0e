import { pairOf, REPORT_BACK_MINUTES_PER_PAIR, reportBackTimer, type Pair } from '@common-ground/shared';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { usePairs } from '../pairs/use-pairs';
import { useSend } from '../session/connection-context';
import { formatShare, pairLabel } from './pair-label';
import { PairTimer } from './PairTimer';
import { useOrderDraft } from './use-order-draft';
import { useReportBackTimer, type PairTimerView } from './use-report-back-timer';
import { useSpeakingPair } from './use-speaking-pair';

/**
 * Step 3 for the facilitator and the note-taker: the order pairs report back in, who speaks
 * now and for how long. `participantId` marks the note-taker's own pair.
 */
export function ReportBackPanel({ participantId }: { participantId?: string }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const { pairs } = usePairs();
  const { order, saved, inUse, move } = useOrderDraft(pairs);
  const agenda = useStore((s) => s.workshop?.agenda);
  const currentIndex = useStore((s) => s.workshop?.reportBack.currentIndex ?? null);
  const myPairId = useStore((s) => (s.workshop && participantId ? pairOf(s.workshop.pairs, participantId)?.id : null));
  const { pairId: speakingId } = useSpeakingPair();
  const timer = useReportBackTimer();
  const [moved, setMoved] = useState<{ pairId: string; direction: 'up' | 'down' } | null>(null);
  // The share each pair would get with the order as shown, before it is saved too.
  const share = agenda
    ? reportBackTimer({ agenda, reportBack: { order, currentIndex: null, startedAt: null } }, 0)
    : null;
  const isLast = currentIndex !== null && currentIndex >= saved.length - 1;

  // Keeps the keyboard on the pair that moved; at the top or bottom its other button takes over.
  useEffect(() => {
    if (!moved) return;
    const button = (direction: string) =>
      document.getElementById(`${id}-${moved.pairId}-${direction}`) as HTMLButtonElement | null;
    const same = button(moved.direction);
    (same && !same.disabled ? same : button(moved.direction === 'up' ? 'down' : 'up'))?.focus();
  }, [moved, id]);

  async function saveOrder(): Promise<boolean> {
    return (await send('reportback:set-order', { pairIds: order })).ok;
  }

  async function start() {
    if (!inUse && !(await saveOrder())) return;
    void send('reportback:speak', { index: 0 });
  }

  return (
    <section className="panel report-back" aria-labelledby={`${id}-title`}>
      <div className="agenda__head">
        <h2 id={`${id}-title`}>{t('reportBack.title')}</h2>
        {share && share.perPairMs > 0 && (
          <span className="badge">
            {t('reportBack.perPair', { time: formatShare(share.perPairMs, t), ...REPORT_BACK_MINUTES_PER_PAIR })}
          </span>
        )}
      </div>
      <p className="hint">{t('reportBack.help')}</p>
      <div className="card__actions" role="group" aria-label={t('reportBack.controls')}>
        {currentIndex === null ? (
          <button
            type="button"
            className="button button--primary"
            disabled={order.length === 0}
            onClick={() => void start()}
          >
            {t('reportBack.start')}
          </button>
        ) : (
          !isLast && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void send('reportback:speak', { index: currentIndex + 1 })}
            >
              {t('reportBack.next')}
            </button>
          )
        )}
        {currentIndex !== null && (
          <button
            type="button"
            className={isLast ? 'button button--primary' : 'button'}
            onClick={() => void send('reportback:speak', { index: null })}
          >
            {t('reportBack.stop')}
          </button>
        )}
      </div>
      <h3 className="report-back__subhead">{t('reportBack.orderTitle')}</h3>
      {order.length === 0 && <p className="empty">{t('reportBack.empty')}</p>}
      <ol className="report-back__order">
        {order.map((pairId, index) => (
          <OrderRow
            key={pairId}
            idPrefix={id}
            pair={pairs.find((p) => p.id === pairId)}
            pairId={pairId}
            index={index}
            count={order.length}
            speaking={pairId === speakingId}
            mine={pairId === myPairId}
            timer={timer}
            onMove={(delta) => {
              move(index, delta);
              setMoved({ pairId, direction: delta < 0 ? 'up' : 'down' });
            }}
          />
        ))}
      </ol>
      {!inUse && order.length > 0 && (
        <div className="card__actions">
          <button type="button" className="button" onClick={() => void saveOrder()}>
            {t('reportBack.useOrder')}
          </button>
          <span className="muted">{t('reportBack.orderUnsaved')}</span>
        </div>
      )}
    </section>
  );
}

function OrderRow(props: {
  idPrefix: string;
  pair: Pair | undefined;
  pairId: string;
  index: number;
  count: number;
  speaking: boolean;
  mine: boolean;
  timer: PairTimerView | null;
  onMove: (delta: -1 | 1) => void;
}): ReactNode {
  const { t } = useTranslation();
  const participants = useStore((s) => s.workshop?.participants);
  const name = pairLabel(props.pair, participants, t);
  const buttonId = (direction: string) => `${props.idPrefix}-${props.pairId}-${direction}`;
  return (
    <li
      className={`report-back__pair${props.speaking ? ' report-back__pair--speaking' : ''}`}
      aria-current={props.speaking ? 'true' : undefined}
    >
      <span className="report-back__name">
        {name}
        {props.mine && <span className="muted">{` · ${t('reportBack.yourPair')}`}</span>}
      </span>
      {props.speaking && <span className="badge report-back__badge">{t('reportBack.speaking')}</span>}
      {props.speaking && <PairTimer timer={props.timer} />}
      <span className="report-back__moves">
        <button
          id={buttonId('up')}
          type="button"
          className="button button--quiet"
          aria-label={t('reportBack.moveUpLabel', { name })}
          disabled={props.index === 0}
          onClick={() => props.onMove(-1)}
        >
          {t('reportBack.moveUp')}
        </button>
        <button
          id={buttonId('down')}
          type="button"
          className="button button--quiet"
          aria-label={t('reportBack.moveDownLabel', { name })}
          disabled={props.index === props.count - 1}
          onClick={() => props.onMove(1)}
        >
          {t('reportBack.moveDown')}
        </button>
      </span>
    </li>
  );
}
