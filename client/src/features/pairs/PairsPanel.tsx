import { isPairFull, isPairPractice, ODD_PERSON_CHOICES, pairSituation, type Pair } from '@common-ground/shared';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import type { ClockView } from '../clock/use-clock';
import { useSend } from '../session/connection-context';
import { DebriefSummary } from '../notebook/DebriefSummary';
import { PairNotebook } from '../notebook/PairNotebook';
import { usePairs } from './use-pairs';
import { usePairsDoneAnnouncement } from './use-pairs-done-announcement';
import { focusMemberAfterMove, takeMemberFocus } from './member-focus';
import { useAnnounce } from '../../components/announcer/use-announce';

/** The facilitator breaks the room into pairs, at random or by hand, and sees who is done. */
export function PairsPanel({ view }: { view: ClockView | null }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const { pairs, unpaired } = usePairs();
  const oddPerson = useStore((s) => s.workshop?.settings.oddPerson ?? 'trio');
  const doneCount = pairs.filter((p) => p.done).length;
  const highlighted = isPairPractice(view?.step);
  usePairsDoneAnnouncement(pairs);

  return (
    <section className={`panel pairs${highlighted ? ' pairs--now' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="agenda__head">
        <h2 id={`${id}-title`}>{t('pairs.title')}</h2>
        {/* Not a live region, which would speak at every arrival and move: the announcer says when a pair is done. */}
        {pairs.length > 0 && (
          <span className="badge">{t('pairs.doneCount', { done: doneCount, count: pairs.length })}</span>
        )}
      </div>
      <fieldset className="pairs__odd">
        <legend className="label">{t('pairs.oddLegend')}</legend>
        {ODD_PERSON_CHOICES.map((choice) => (
          <label key={choice} className="checkbox">
            <input
              type="radio"
              name={`${id}-odd`}
              checked={oddPerson === choice}
              onChange={() => void send('settings:update', { oddPerson: choice })}
            />
            {choice === 'trio' ? t('pairs.oddTrio') : t('pairs.oddFacilitator')}
          </label>
        ))}
      </fieldset>
      <div className="card__actions">
        <button type="button" className="button button--primary" onClick={() => void send('pairs:shuffle', {})}>
          {pairs.length > 0 ? t('pairs.reshuffle') : t('pairs.shuffle')}
        </button>
        {pairs.length > 0 && (
          <button type="button" className="button button--quiet" onClick={() => void send('pairs:clear', {})}>
            {t('pairs.clear')}
          </button>
        )}
      </div>
      {pairs.length === 0 && <p className="empty">{t('pairs.empty')}</p>}
      <ol className="pairs__list">
        {pairs.map((pair, index) => (
          <PairRow key={pair.id} pair={pair} index={index} pairs={pairs} view={view} />
        ))}
      </ol>
      {pairs.length > 0 && <DebriefSummary />}
      {unpaired.length > 0 && pairs.length > 0 && (
        <div className="pairs__unpaired">
          <h3>{t('pairs.unpaired')}</h3>
          <ul className="pairs__members">
            {unpaired.map((memberId) => (
              <MemberRow key={memberId} memberId={memberId} pairs={pairs} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function PairRow({ pair, index, pairs, view }: { pair: Pair; index: number; pairs: Pair[]; view: ClockView | null }) {
  const { t } = useTranslation();
  const send = useSend();
  const [open, setOpen] = useState(false);
  return (
    <li className={`pairs__pair${pair.done ? ' pairs__pair--done' : ''}`}>
      <div className="agenda__step-head">
        <span>{t('pairs.pairName', { index: index + 1 })}</span>
        <span className="muted">
          {pair.done && t('pairs.done')}
          {pair.withFacilitator && t('pairs.withFacilitator')}
          {pair.observed && t('pairs.observing')}
          {pair.memberIds.length === 1 && !pair.withFacilitator && t('pairs.needsPartner')}
        </span>
      </div>
      <ul className="pairs__members">
        {pair.memberIds.map((memberId) => {
          // Roles exist only while pairs practise; in other steps a pair is just its members.
          const situation = pairSituation(pair, memberId, view);
          return (
            <MemberRow
              key={`${memberId}:${pair.id}`}
              memberId={memberId}
              pairs={pairs}
              currentPairId={pair.id}
              role={situation ? t(`pairs.roles.${situation.role}`) : undefined}
            />
          );
        })}
      </ul>
      <button
        type="button"
        className="button button--quiet"
        aria-pressed={Boolean(pair.observed)}
        onClick={() => void send('pairs:observe', { pairId: pair.observed ? null : pair.id })}
      >
        {pair.observed ? t('pairs.stopObserving') : t('pairs.observe')}
      </button>
      <button type="button" className="button button--quiet" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('pairs.notebook', { index: index + 1 })}
      </button>
      {open && <PairNotebook pairId={pair.id} title={t('pairs.notebook', { index: index + 1 })} canSend={false} />}
    </li>
  );
}

function MemberRow(props: { memberId: string; pairs: Pair[]; currentPairId?: string; role?: string }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const selectId = useId();
  const name = useStore((s) => s.workshop?.participants[props.memberId]?.name ?? '');
  // Choosing and moving are two steps, so arrowing through the options moves nobody.
  const [target, setTarget] = useState(props.currentPairId ?? '');
  const [confirmRemove, setConfirmRemove] = useState(false);
  const changed = target !== '' && target !== (props.currentPairId ?? '');
  const announce = useAnnounce();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (select.current) takeMemberFocus(props.memberId, props.currentPairId, select.current);
  }, [props.memberId, props.currentPairId]);
  const move = async () => {
    const place = select.current?.selectedOptions[0]?.text ?? '';
    const result = await send('pairs:move', { participantId: props.memberId, to: target });
    if (!result.ok) return;
    announce(t('pairs.movedTo', { name, place }));
    focusMemberAfterMove(props.memberId, props.currentPairId);
  };
  return (
    <li className="pairs__member">
      <span className="roster__name">
        {name} {props.role && <span className="muted">· {props.role}</span>}
      </span>
      <label className="visually-hidden" htmlFor={selectId}>
        {t('pairs.moveLabel', { name })}
      </label>
      <select
        id={selectId}
        ref={select}
        className="input pairs__move"
        value={target}
        data-member-id={props.memberId}
        data-pair-id={props.currentPairId ?? ''}
        onChange={(e) => setTarget(e.target.value)}
      >
        {!props.currentPairId && <option value="">{t('pairs.unpaired')}</option>}
        {props.pairs.map((pair, index) => (
          <option key={pair.id} value={pair.id} disabled={isPairFull(pair) && pair.id !== props.currentPairId}>
            {t('pairs.pairName', { index: index + 1 })}
          </option>
        ))}
        <option value="new">{t('pairs.moveNew')}</option>
        <option value="facilitator">{t('pairs.moveFacilitator')}</option>
      </select>
      {changed ? (
        <button type="button" className="button" onClick={() => void move()}>
          {t('pairs.move')}
        </button>
      ) : confirmRemove ? (
        <button
          type="button"
          className="button button--danger"
          autoFocus
          onBlur={() => setConfirmRemove(false)}
          onClick={() => void send('participant:leave', { participantId: props.memberId })}
        >
          {t('pairs.confirmRemove')}
        </button>
      ) : (
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('pairs.remove', { name })}
          onClick={() => setConfirmRemove(true)}
        >
          ×
        </button>
      )}
    </li>
  );
}
