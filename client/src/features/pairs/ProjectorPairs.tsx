import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/store';
import { usePairs } from './use-pairs';

/** During pairs, the projector lists them so everyone can find their partner. */
export function ProjectorPairs(): ReactNode {
  const { t } = useTranslation();
  const { pairs } = usePairs();
  const participants = useStore((s) => s.workshop?.participants);
  if (pairs.length === 0 || !participants) return null;
  return (
    <section className="projector-pairs" aria-label={t('pairs.title')}>
      <ol className="projector-pairs__list">
        {pairs.map((pair) => (
          <li
            key={pair.id}
            className={pair.done ? 'projector-pairs__pair projector-pairs__pair--done' : 'projector-pairs__pair'}
          >
            {pair.memberIds.map((id) => participants[id]?.name ?? '').join(' · ')}
            {pair.withFacilitator && <span className="muted"> · {t('pairs.my.theFacilitator')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
