import type { Card } from '@common-ground/shared';
import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { useSend } from '../session/connection-context';
import { CardArrange } from './CardArrange';
import { TextEditor } from '../../components/TextEditor';
import { cardTextProblem } from './card-text';
import { CardView } from './CardView';

type Mode = 'view' | 'edit' | 'confirm-delete' | 'arrange' | 'merge';

/**
 * One card, with the pairs it came from (or its author). Editors get Edit, Move or merge, and
 * Delete (with a second, explicit confirmation). A read-only board uses CardView alone.
 */
// Memo: a column lists up to a thousand cards and re-renders on every change to any of them;
// a card whose object did not change (the reducer keeps unchanged cards as they were) is skipped.
export const CardItem = memo(function CardItem({ card, editable }: { card: Card; editable: boolean }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const [chosen, setMode] = useState<Mode>('view');
  const [mergeIntoId, setMergeIntoId] = useState<string | null>(null);
  const into = useStore((s) => (mergeIntoId ? s.workshop?.cards[mergeIntoId] : undefined));
  // Back from "Move or merge", focus returns to the button that opened it.
  const [focusArrange, setFocusArrange] = useState(false);
  // The card chosen to merge into may be deleted meanwhile; then there is nothing to merge.
  const mode = chosen === 'merge' && !into ? 'view' : chosen;

  if (mode === 'merge' && into) {
    return (
      <li className="card">
        <p className="card__merge-heading">{t('flipchart.mergeHeading', { text: card.text, into: into.text })}</p>
        <p className="hint">{t('flipchart.mergeHelp')}</p>
        <TextEditor
          initialText={into.text}
          check={cardTextProblem}
          label={t('flipchart.mergeTextLabel')}
          saveLabel={t('flipchart.merge')}
          onCancel={() => setMode('arrange')}
          onSave={async (text) => {
            const result = await send('card:merge', { cardId: card.id, intoCardId: into.id, text });
            if (result.ok) setMode('view');
          }}
        />
      </li>
    );
  }

  if (mode === 'edit') {
    return (
      <li className="card">
        <TextEditor
          initialText={card.text}
          check={cardTextProblem}
          label={t('flipchart.editLabel')}
          onCancel={() => setMode('view')}
          onSave={async (text) => {
            const result = await send('card:edit', { cardId: card.id, text });
            if (result.ok) setMode('view');
          }}
        />
      </li>
    );
  }

  return (
    <CardView card={card}>
      {editable && mode === 'arrange' && (
        <CardArrange
          card={card}
          onMerge={(intoCardId) => {
            setMergeIntoId(intoCardId);
            setMode('merge');
          }}
          onClose={() => {
            setFocusArrange(true);
            setMode('view');
          }}
        />
      )}
      {editable && mode === 'view' && (
        <div className="card__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setMode('edit')}
            aria-label={`${t('flipchart.edit')}: ${card.text}`}
          >
            {t('flipchart.edit')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setFocusArrange(false);
              setMode('arrange');
            }}
            aria-label={t('flipchart.arrangeLabel', { text: card.text })}
            autoFocus={focusArrange}
          >
            {t('flipchart.arrange')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setMode('confirm-delete')}
            aria-label={`${t('flipchart.delete')}: ${card.text}`}
          >
            {t('flipchart.delete')}
          </button>
        </div>
      )}
      {editable && mode === 'confirm-delete' && (
        <div className="card__actions" role="group" aria-label={t('flipchart.confirmDelete')}>
          <span>{t('flipchart.confirmDelete')}</span>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void send('card:delete', { cardId: card.id })}
            autoFocus
          >
            {t('flipchart.delete')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setMode('view')}>
            {t('flipchart.keep')}
          </button>
        </div>
      )}
    </CardView>
  );
});
