import { cardsInColumn, type Column } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { AddCardForm } from './AddCardForm';
import { CardItem } from './CardItem';

export function FlipchartColumn({ column, editable }: { column: Column; editable: boolean }): ReactNode {
  const { t } = useTranslation();
  const cards = useStore(useShallow((s) => (s.workshop ? cardsInColumn(s.workshop, column) : [])));
  const headingId = `column-${column}`;

  return (
    <section className={`column column--${column}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="column__title">
        {t(`flipchart.columns.${column}`)}
      </h3>
      {cards.length === 0 ? (
        <p className="column__empty">{t(`flipchart.empty.${column}`)}</p>
      ) : (
        <ul className="column__cards" aria-labelledby={headingId}>
          {cards.map((card) => (
            <CardItem key={card.id} card={card} editable={editable} />
          ))}
        </ul>
      )}
      {editable && <AddCardForm column={column} />}
    </section>
  );
}
