import type { Learnings } from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
        <LearningEditor
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

/** Inline editing: Enter saves, Shift+Enter starts a new line, Escape cancels. */
function LearningEditor(props: {
  initialText: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(props.initialText);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = learningTextProblem(text, t);
    setProblem(issue);
    if (issue) return;
    setSaving(true);
    await props.onSave(text.trim());
    setSaving(false);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {t('learnings.editLabel')}
      </label>
      <textarea
        id={id}
        className="input"
        value={text}
        rows={2}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onCancel();
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
      <div className="card__actions">
        <button type="submit" className="button" disabled={saving}>
          {t('learnings.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t('learnings.cancel')}
        </button>
      </div>
    </form>
  );
}
