import type { Card } from '@common-ground/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/store';
import { useSend } from '../session/connection-context';
import { CardEditor } from './CardEditor';

/** One card. Editors get Edit and Delete (with a second, explicit confirmation). */
export function CardItem({ card, editable }: { card: Card; editable: boolean }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const author = useStore((s) => (card.authorId ? s.workshop?.participants[card.authorId]?.name : undefined));
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');

  if (mode === 'edit') {
    return (
      <li className="card">
        <CardEditor
          initialText={card.text}
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
    <li className="card">
      <p className="card__text">{card.text}</p>
      {author && <p className="card__author">{author}</p>}
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
    </li>
  );
}
