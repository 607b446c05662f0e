import { COLUMNS } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { FlipchartColumn } from './FlipchartColumn';
import { useCardAnnouncements } from './use-card-announcements';

/** The three-column flipchart from the training guide. `editable` for the facilitator and note-taker. */
export function Flipchart({
  editable,
  variant = 'board',
}: {
  editable: boolean;
  variant?: 'board' | 'projector';
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
          <FlipchartColumn key={column} column={column} editable={editable} />
        ))}
      </div>
    </section>
  );
}
