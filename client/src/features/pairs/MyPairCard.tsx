import { organizerOfRound, pairCardContent, pairOf, pairSituation, roundsOf } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import type { ClockView } from '../clock/use-clock';
import { useSend } from '../session/connection-context';
import { useFormat } from '../../lib/i18n/format';

/**
 * With whom, and as what: my partner, and while pairs practise my role right now and its prompts.
 * In other steps only the partner; in the evaluation, which each person fills in alone, nothing.
 */
export function MyPairCard({
  participantId,
  view,
  children,
}: {
  participantId: string;
  view: ClockView | null;
  /** Shown beside the card's title, e.g. the way to the pair's notebook. */
  children?: ReactNode;
}): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const send = useSend();
  const pair = useStore((s) => (s.workshop ? pairOf(s.workshop.pairs, participantId) : null));
  const participants = useStore((s) => s.workshop?.participants);
  if (!pair || !participants || pairCardContent(view?.step) === 'nothing') return null;

  const nameOf = (id: string | null) =>
    id === null
      ? t('pairs.my.theFacilitator')
      : id === participantId
        ? t('pairs.my.you')
        : (participants[id]?.name ?? '');
  const partners = pair.memberIds.filter((id) => id !== participantId).map(nameOf);
  const situation = pairSituation(pair, participantId, view);

  return (
    <section className="panel my-pair" aria-labelledby="my-pair-title">
      <div className="my-pair__head">
        <h2 id="my-pair-title">{t('pairs.my.title')}</h2>
        {children}
      </div>
      <p className="my-pair__partner">
        {pair.withFacilitator
          ? t('pairs.my.withFacilitator')
          : partners.length === 0
            ? t('pairs.my.alone')
            : t('pairs.my.partner', { names: format.list(partners) })}
      </p>
      {situation && pair.observed && <p className="notice">{t('pairs.my.observed')}</p>}
      {situation && (partners.length > 0 || pair.withFacilitator) && (
        <>
          <p className="my-pair__role">
            {situation.prompts === 'write'
              ? t('pairs.my.writeTogether')
              : t('pairs.my.nowYouAre', { role: t(`pairs.roles.${situation.role}`) })}
          </p>
          <ul className="my-pair__prompts">
            {(t(`pairs.prompts.${situation.prompts}`, { returnObjects: true }) as readonly string[]).map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
          <p className="hint">
            {t('pairs.my.rounds', {
              rounds: roundsOf(pair)
                .map((round) => t('pairs.my.roundItem', { round, name: nameOf(organizerOfRound(pair, round)) }))
                .join(' · '),
            })}
          </p>
          <div className="card__actions">
            <button
              type="button"
              className={pair.done ? 'button' : 'button button--primary'}
              aria-pressed={pair.done}
              onClick={() => void send('pairs:set-done', { done: !pair.done })}
            >
              {pair.done ? t('pairs.my.undo') : t('pairs.my.done')}
            </button>
            {pair.done && <span className="muted">{t('pairs.my.doneNote')}</span>}
          </div>
        </>
      )}
    </section>
  );
}
