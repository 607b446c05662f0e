import { cardsInColumn, COLUMNS } from '@common-ground/shared';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { attribution } from '../flipchart/attribution';
import { useWallPages } from './use-wall-pages';

/**
 * The flipchart on the wall, read-only. Nobody scrolls a projector and no text may shrink below
 * what the back of the room reads, so a flipchart taller than the room left for it is shown in
 * pages that turn on their own, each card on one of them, with the page said in words.
 */
export function ProjectorFlipchart({ layoutKey }: { layoutKey: string }): ReactNode {
  const { t } = useTranslation();
  const workshop = useStore((s) => s.workshop);
  const cards = workshop?.cards;
  // Recomputed when the cards change, not on every tick of the clock.
  const columns = useMemo(
    () => COLUMNS.map((column) => (workshop ? cardsInColumn(workshop, column) : [])),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cards],
  );
  const ref = useRef<HTMLElement>(null);
  const { measuring, hidden, page, pages, slice, turnBy } = useWallPages(ref, columns, layoutKey);
  useTurnByKeys(pages > 1 && !hidden, turnBy);
  return (
    <section ref={ref} className="flipchart flipchart--projector" aria-labelledby="flipchart-title" hidden={hidden}>
      <h2 id="flipchart-title" className="visually-hidden">
        {t('flipchart.title')}
      </h2>
      {/* Laid out while measuring too, so the pages cut leave room for it. */}
      {!hidden && (measuring || pages > 1) && (
        <p className="flipchart__page">{t('projector.flipchartPage', { page: page + 1, pages })}</p>
      )}
      <div className="flipchart__columns">
        {COLUMNS.map((column, index) => {
          const cards = columns[index] ?? [];
          const headingId = `column-${column}`;
          return (
            <section key={column} className={`column column--${column}`} aria-labelledby={headingId}>
              <h3 id={headingId} className="column__title">
                {t(`flipchart.columns.${column}`)}
              </h3>
              {cards.length === 0 ? (
                <p className="column__empty">{t(`flipchart.empty.${column}`)}</p>
              ) : (
                <ul className="column__cards" aria-labelledby={headingId}>
                  {cards.slice(...slice(index)).map((card) => (
                    <li key={card.id} className="card">
                      <p className="card__text">
                        {card.text}
                        {/* Who sent it, on the same line: a line of its own would take a card's room. */}
                        {workshop && byline(attribution(workshop, card, t))}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

/**
 * → or Page Down shows the next page, ← or Page Up the one before: the facilitator at the
 * projector's laptop answering "wait, go back". Not while a control has the keys.
 */
function useTurnByKeys(enabled: boolean, turnBy: (pages: number) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('input, select, textarea, [contenteditable]')) return;
      const delta = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[event.key];
      if (!delta) return;
      event.preventDefault();
      turnBy(delta);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, turnBy]);
}

function byline(names: string | null): ReactNode {
  return names && <span className="card__by"> — {names}</span>;
}
