import { readinessTally } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { useFormat } from '../../lib/i18n/format';

/** For the facilitator: how many feel ready to try, how many want to observe more, and who has not said. */
export function ReadinessTally(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const ready = useStore((s) => (s.workshop ? readinessTally(s.workshop).ready.length : 0));
  const observeMore = useStore((s) => (s.workshop ? readinessTally(s.workshop).observeMore.length : 0));
  const unanswered = useStore(
    useShallow((s) => {
      const workshop = s.workshop;
      if (!workshop) return [];
      return readinessTally(workshop).unanswered.map((pid) => workshop.participants[pid]?.name ?? pid);
    }),
  );

  return (
    <div className="observe__tally" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('observe.tallyTitle')}</h3>
      <ul className="observe__tally-counts">
        <li>{t('observe.tallyReady', { count: ready })}</li>
        <li>{t('observe.tallyObserveMore', { count: observeMore })}</li>
        <li>{t('observe.tallyUnanswered', { count: unanswered.length })}</li>
      </ul>
      {unanswered.length > 0 && (
        <p className="observe__names">{t('observe.waitingFor', { names: format.list(unanswered) })}</p>
      )}
    </div>
  );
}
