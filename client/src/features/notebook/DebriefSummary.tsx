import { RUBRIC_ITEMS, type Rubric } from '@common-ground/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { heldDoc } from '../private-docs/private-docs.slice';
import { useConnection } from '../session/connection-context';

const NONE: Rubric[] = [];

/**
 * What the pairs' feedback checklists add up to, for the facilitator's debrief. Once gathered
 * it stays live: the facilitator's screen receives every pair's notebook changes.
 */
export function DebriefSummary(): ReactNode {
  const { t } = useTranslation();
  const connection = useConnection();
  const [gathered, setGathered] = useState(false);
  const rubrics = useStore(
    useShallow((s) =>
      s.workshop
        ? Object.keys(s.workshop.pairs).flatMap((id) => heldDoc(s.privateDocs, 'notebook', id)?.rubrics ?? NONE)
        : NONE,
    ),
  );
  const total = rubrics.length;
  return (
    <section className="debrief" aria-label={t('pairs.debrief.title')}>
      <h3>{t('pairs.debrief.title')}</h3>
      {!gathered ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void connection?.listDocs('notebook').then((r) => r.ok && setGathered(true))}
        >
          {t('pairs.debrief.load')}
        </button>
      ) : total === 0 ? (
        <p className="empty">{t('pairs.debrief.none')}</p>
      ) : (
        <>
          <p className="hint">{t('pairs.debrief.rounds', { count: total })}</p>
          <ul>
            {RUBRIC_ITEMS.map((item) => (
              <li key={item}>
                {t('pairs.debrief.item', {
                  label: t(`notebook.rubric.${item}`),
                  count: rubrics.filter((r) => r[item]).length,
                  total,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
