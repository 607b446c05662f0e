import { RATINGS, type EvaluationSummary, type SummaryItem } from '@common-ground/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useFormat } from '../../lib/i18n/format';

/** The ratings as accessible bars with their counts, the mean, and every I-like and I-wish. */
export function EvaluationSummaryView({
  summary,
  variant = 'screen',
}: {
  summary: EvaluationSummary;
  variant?: 'screen' | 'projector';
}): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const most = Math.max(1, ...summary.counts);
  return (
    <div className={`evaluation-summary evaluation-summary--${variant}`}>
      <h3 id={`${id}-chart`}>{t('evaluation.chartLabel')}</h3>
      <ul className="evaluation-chart" aria-labelledby={`${id}-chart`}>
        {RATINGS.map((rating) => {
          const count = summary.counts[rating - 1] ?? 0;
          return (
            <li key={rating} className="evaluation-chart__row">
              <span className="evaluation-chart__label">{t('evaluation.chartRow', { rating, count })}</span>
              <span className="evaluation-chart__track" aria-hidden="true">
                <span className="evaluation-chart__bar" style={{ width: `${(count / most) * 100}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      <p className="evaluation-summary__mean">
        {summary.mean === null
          ? t('evaluation.noMean')
          : t('evaluation.mean', { mean: format.number(summary.mean, 1) })}
      </p>
      <div className="evaluation-summary__lists">
        <ItemList title={t('evaluation.likesTitle')} items={summary.likes} />
        <ItemList title={t('evaluation.wishesTitle')} items={summary.wishes} />
      </div>
    </div>
  );
}

function ItemList({ title, items }: { title: string; items: SummaryItem[] }): ReactNode {
  const { t } = useTranslation();
  return (
    <section>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="empty">{t('evaluation.none')}</p>
      ) : (
        <ul className="evaluation-summary__items">
          {items.map((item, index) => (
            <li key={index}>
              {item.text}
              {item.by && <span className="evaluation-summary__by"> — {item.by}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
