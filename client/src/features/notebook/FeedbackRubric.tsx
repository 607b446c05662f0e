import {
  organizerOfRound,
  roundsOf,
  RUBRIC_ITEMS,
  type Notebook,
  type NotebookChange,
  type Result,
} from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';

/** The short rubric beside the free feedback: one row of ticks per organizing round. */
export function FeedbackRubric(props: {
  notebook: Notebook;
  change: (change: NotebookChange) => Promise<Result<Notebook>>;
}): ReactNode {
  const { t } = useTranslation();
  const pair = useStore((s) => s.workshop?.pairs[props.notebook.pairId]);
  const participants = useStore((s) => s.workshop?.participants);
  if (!pair) return null;
  const rounds = roundsOf(pair);
  return (
    <section className="rubric" aria-label={t('notebook.rubric.title')}>
      <h3>{t('notebook.rubric.title')}</h3>
      <p className="hint">{t('notebook.rubric.help')}</p>
      {rounds.map((round) => {
        const organizer = organizerOfRound(pair, round);
        const name = organizer ? (participants?.[organizer]?.name ?? '') : t('pairs.my.theFacilitator');
        const ticks = props.notebook.rubrics.find((r) => r.round === round);
        return (
          <fieldset key={round} className="rubric__round">
            <legend>{t('notebook.rubric.round', { round, name })}</legend>
            {RUBRIC_ITEMS.map((item) => (
              <label key={item} className="checkbox">
                <input
                  type="checkbox"
                  checked={ticks?.[item] ?? false}
                  onChange={(e) => void props.change({ type: 'rubric', round, item, checked: e.target.checked })}
                />
                {t(`notebook.rubric.${item}`)}
              </label>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}
