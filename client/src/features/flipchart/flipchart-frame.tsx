import { COLUMNS } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { FlipchartColumn, type ColumnParts } from './FlipchartColumn';
import { useCardAnnouncements } from './use-card-announcements';

/** The three columns from the training guide, drawn with the card and form `parts` given. */
export function FlipchartFrame({
  editable,
  variant,
  parts,
}: {
  editable: boolean;
  variant: 'board' | 'projector';
  parts: ColumnParts;
}): ReactNode {
  const { t } = useTranslation();
  useCardAnnouncements();
  return (
    <section className={`flipchart flipchart--${variant}`} aria-labelledby="flipchart-title">
      <h2 id="flipchart-title" className={variant === 'projector' ? 'visually-hidden' : undefined}>
        {t('flipchart.title')}
      </h2>
      <div className="flipchart__columns">
        {COLUMNS.map((column) => (
          <FlipchartColumn key={column} column={column} editable={editable} parts={parts} />
        ))}
      </div>
    </section>
  );
}
