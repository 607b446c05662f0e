import type { Learnings } from '@common-ground/shared';
import { useState, type ReactNode } from 'react';
import { TextEditor } from '../../components/TextEditor';
import { useTranslation } from '../../lib/i18n/react';
import { useSend } from '../session/connection-context';
import { learningTextProblem } from './learning-text';

type Learning = Learnings['items'][number];

/** One key learning, with Edit and Delete (after a second, explicit confirmation). */
export function LearningItem({ learning }: { learning: Learning }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');

  if (mode === 'edit') {
    return (
      <li className="learnings__item">
        <TextEditor
          check={learningTextProblem}
          label={t('learnings.editLabel')}
          rows={2}
          initialText={learning.text}
          onCancel={() => setMode('view')}
          onSave={async (text) => {
            const result = await send('learning:edit', { learningId: learning.id, text });
            if (result.ok) setMode('view');
          }}
        />
      </li>
    );
  }

  return (
    <li className="learnings__item">
      <p className="learnings__text">{learning.text}</p>
      {mode === 'view' ? (
        <div className="card__actions">
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('learnings.editItemLabel', { text: learning.text })}
            onClick={() => setMode('edit')}
          >
            {t('learnings.edit')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('learnings.deleteItemLabel', { text: learning.text })}
            onClick={() => setMode('confirm-delete')}
          >
            {t('learnings.delete')}
          </button>
        </div>
      ) : (
        <div className="card__actions" role="group" aria-label={t('learnings.confirmDelete')}>
          <span>{t('learnings.confirmDelete')}</span>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void send('learning:delete', { learningId: learning.id })}
            autoFocus
          >
            {t('learnings.delete')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setMode('view')}>
            {t('learnings.keep')}
          </button>
        </div>
      )}
    </li>
  );
}
