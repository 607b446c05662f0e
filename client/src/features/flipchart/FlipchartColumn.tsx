import { cardsInColumn, type Card, type Column } from '@common-ground/shared';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';

/** How a column draws its cards, and the form that adds one (editors only). */
export interface ColumnParts {
  Card: ComponentType<{ card: Card; editable: boolean }>;
  AddForm?: ComponentType<{ column: Column }>;
}

export function FlipchartColumn({
  column,
  editable,
  parts,
}: {
  column: Column;
  editable: boolean;
  parts: ColumnParts;
}): ReactNode {
  const { t } = useTranslation();
  const cards = useStore(useShallow((s) => (s.workshop ? cardsInColumn(s.workshop, column) : [])));
  const headingId = `column-${column}`;
  const { Card, AddForm } = parts;

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
            <Card key={card.id} card={card} editable={editable} />
          ))}
        </ul>
      )}
      {editable && AddForm && <AddForm column={column} />}
    </section>
  );
}
