import { organizerOfRound, pairSituation, type Pair } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import type { ClockView } from '../clock/use-clock';
import { usePairs } from './use-pairs';

/**
 * During the practice, the projector lists the pairs so everyone finds their partner, and names
 * who organizes in this round, so nobody has to work out whether they are "A" or "B".
 */
export function ProjectorPairs({ view }: { view: ClockView | null }): ReactNode {
  const { t } = useTranslation();
  const { pairs } = usePairs();
  const participants = useStore((s) => s.workshop?.participants);
  if (pairs.length === 0 || !participants) return null;
  const nameOf = (id: string) => participants[id]?.name ?? '';

  const organizer = (pair: Pair): string | null => {
    const first = pair.memberIds[0];
    const situation = first ? pairSituation(pair, first, view) : null;
    if (!situation) return null;
    const id = organizerOfRound(pair, situation.round);
    return id ? t('projector.organizes', { name: nameOf(id) }) : t('projector.facilitatorOrganizes');
  };

  return (
    <section className="projector-pairs" aria-label={t('pairs.title')}>
      <ol className="projector-pairs__list">
        {pairs.map((pair) => {
          const organizing = organizer(pair);
          return (
            <li
              key={pair.id}
              className={pair.done ? 'projector-pairs__pair projector-pairs__pair--done' : 'projector-pairs__pair'}
            >
              <span className="projector-pairs__names">
                {pair.memberIds.map(nameOf).join(' · ')}
                {pair.withFacilitator && ` · ${t('pairs.my.theFacilitator')}`}
              </span>
              {organizing && <span className="projector-pairs__organizer">{organizing}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
