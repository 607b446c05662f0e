import { cardsInColumn, COLUMNS, type Card, type Column } from '@common-ground/shared';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { useAnnounce } from '../../components/announcer/use-announce';
import { useSend } from '../session/connection-context';
import { focusCardIn } from './card-focus';

const NO_CARDS: Card[] = [];
const OPTION_LENGTH = 60;

function shortened(text: string): string {
  return text.length > OPTION_LENGTH ? `${text.slice(0, OPTION_LENGTH - 1)}…` : text;
}

/**
 * Moves a card to another column, or picks the card it says the same thing as. Each choice is
 * confirmed with its own button: a select that acted on every change would move the card as a
 * keyboard user arrows through the options.
 */
export function CardArrange(props: {
  card: Card;
  onMerge: (intoCardId: string) => void;
  onClose: () => void;
}): ReactNode {
  const { card } = props;
  const { t } = useTranslation();
  const send = useSend();
  const announce = useAnnounce();
  const id = useId();
  const otherColumns = COLUMNS.filter((c) => c !== card.column);
  const [column, setColumn] = useState<Column>(otherColumns[0] ?? card.column);
  const [intoCardId, setIntoCardId] = useState('');
  const others = useStore(
    useShallow((s) => {
      const workshop = s.workshop;
      if (!workshop) return NO_CARDS;
      return COLUMNS.flatMap((c) => cardsInColumn(workshop, c)).filter((c) => c.id !== card.id);
    }),
  );

  return (
    <div
      className="card__arrange"
      role="group"
      aria-label={t('flipchart.arrangeLabel', { text: card.text })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <div className="card__arrange-row">
        <label htmlFor={`${id}-move`} className="label">
          {t('flipchart.moveTo')}
        </label>
        <select
          id={`${id}-move`}
          className="input"
          value={column}
          autoFocus
          onChange={(e) => setColumn(e.target.value as Column)}
        >
          {otherColumns.map((c) => (
            <option key={c} value={c}>
              {t(`flipchart.columns.${c}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() =>
            void send('card:move', { cardId: card.id, column }).then((result) => {
              if (!result.ok) return;
              announce(t('flipchart.movedTo', { column: t(`flipchart.columns.${column}`) }));
              focusCardIn(card.id, column);
            })
          }
        >
          {t('flipchart.move')}
        </button>
      </div>
      {others.length > 0 && (
        <div className="card__arrange-row">
          <label htmlFor={`${id}-merge`} className="label">
            {t('flipchart.mergeInto')}
          </label>
          <select
            id={`${id}-merge`}
            className="input"
            value={intoCardId}
            onChange={(e) => setIntoCardId(e.target.value)}
          >
            <option value="">{t('flipchart.mergeChoose')}</option>
            {COLUMNS.map((c) => {
              const inColumn = others.filter((other) => other.column === c);
              return inColumn.length === 0 ? null : (
                <optgroup key={c} label={t(`flipchart.columns.${c}`)}>
                  {inColumn.map((other) => (
                    <option key={other.id} value={other.id}>
                      {shortened(other.text)}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
          <button type="button" className="button" disabled={!intoCardId} onClick={() => props.onMerge(intoCardId)}>
            {t('flipchart.mergeStart')}
          </button>
        </div>
      )}
      <div className="card__actions">
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t('flipchart.close')}
        </button>
      </div>
    </div>
  );
}
