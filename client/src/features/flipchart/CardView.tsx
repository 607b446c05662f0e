import type { Card } from '@common-ground/shared';
import { memo, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { attribution } from './attribution';
import { takeCardFocus } from './card-focus';

/**
 * One card as everyone reads it: its text, and the pairs it came from (or its author). An editor's
 * card (CardItem) adds its actions as children; a read-only board needs nothing else, so a
 * participant's phone never loads the editing code.
 */
// Memo: a column lists up to a thousand cards and re-renders on every change to any of them;
// a card whose object did not change (the reducer keeps unchanged cards as they were) is skipped.
export const CardView = memo(function CardView({ card, children }: { card: Card; children?: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const byline = useStore((s) => (s.workshop ? attribution(s.workshop, card, t) : null));
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (item.current) takeCardFocus(card.id, card.column, item.current);
  }, [card.id, card.column]);
  return (
    // Focusable only from code: where a moved card lands, so the keyboard user goes on from there.
    <li className="card" ref={item} tabIndex={-1} data-card-id={card.id} data-column={card.column}>
      <p className="card__text">{card.text}</p>
      {byline && <p className="card__author">{byline}</p>}
      {children}
    </li>
  );
});
