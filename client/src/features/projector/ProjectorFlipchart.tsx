import { cardsInColumn, COLUMNS } from '@common-ground/shared';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/store';
import { attribution } from '../flipchart/attribution';

/** How long the wall shows each page of a flipchart too full for one screen. */
export const PAGE_MS = 10_000;

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
  const longest = Math.max(0, ...columns.map((cards) => cards.length));
  const ref = useRef<HTMLElement>(null);
  // Cards a column shows per page: all of them until the wall is found to overflow.
  const [perPage, setPerPage] = useState(Infinity);
  const [page, setPage] = useState(0);
  // Zero a page: not even one card a column fits beside what the room looks at now (thirty people
  // in pairs); the flipchart steps aside, and comes back at the next step or card.
  const pages = Number.isFinite(perPage) && perPage > 0 ? Math.ceil(longest / perPage) : 1;

  // A card more or less, another moment of the agenda (other panels beside it), another screen
  // size: measure again from all cards on one page.
  useEffect(() => {
    setPerPage(Infinity);
    setPage(0);
  }, [longest, layoutKey]);
  useEffect(() => {
    const refit = () => setPerPage(Infinity);
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, []);

  // Before paint, after every render (any panel of the board may have grown with the clock's
  // tick): one card fewer a page while the board overflows its screen. It ends at one a page.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const board = ref.current?.closest<HTMLElement>('.projector__main');
    if (!board || board.scrollHeight <= board.clientHeight + 1) return;
    const shown = Math.min(perPage, longest);
    if (shown > 0) setPerPage(shown - 1);
  });

  useEffect(() => {
    if (pages <= 1) return;
    const timer = setInterval(() => setPage((current) => (current + 1) % pages), PAGE_MS);
    return () => clearInterval(timer);
  }, [pages]);

  const current = Math.min(page, pages - 1);
  const from = Number.isFinite(perPage) ? current * perPage : 0;
  return (
    <section
      ref={ref}
      className="flipchart flipchart--projector"
      aria-labelledby="flipchart-title"
      hidden={perPage === 0}
    >
      <h2 id="flipchart-title" className="visually-hidden">
        {t('flipchart.title')}
      </h2>
      {perPage > 0 && pages > 1 && (
        <p className="flipchart__page">{t('projector.flipchartPage', { page: current + 1, pages })}</p>
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
                  {cards.slice(from, Number.isFinite(perPage) ? from + perPage : undefined).map((card) => (
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

function byline(names: string | null): ReactNode {
  return names && <span className="card__by"> — {names}</span>;
}
