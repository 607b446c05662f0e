import { isBlankText, type NotebookEntry } from '@common-ground/shared';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';

/**
 * Edits one note. It remembers the version it started from; if the partner saved in between,
 * the server refuses, and this shows the partner's text beside one's own to combine by hand.
 */
export function NoteEditor(props: {
  entry: NotebookEntry;
  /** On a conflict, answers the note as the partner left it. */
  onSave: (
    text: string,
    baseVersion: number,
  ) => Promise<{ outcome: 'saved' | 'conflict' | 'failed'; latest?: NotebookEntry }>;
  onDone: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(props.entry.text);
  const base = useRef(props.entry.version);
  const [theirs, setTheirs] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (isBlankText(text)) return;
    const { outcome, latest } = await props.onSave(text, base.current);
    if (outcome === 'saved') return props.onDone();
    if (outcome === 'conflict' && latest) {
      // Show the partner's text beside ours; the next save, made knowing both, goes through.
      setTheirs(latest.text);
      base.current = latest.version;
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="note-editor">
      {theirs !== null && (
        <div className="notice" role="alert">
          <div>
            <p>{t('notebook.conflict')}</p>
            <blockquote className="note-editor__theirs">{theirs}</blockquote>
            <p className="hint">{t('notebook.conflictHelp')}</p>
          </div>
        </div>
      )}
      <label htmlFor={id} className="visually-hidden">
        {t('notebook.editLabel')}
      </label>
      <textarea
        id={id}
        className="input"
        rows={2}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && props.onDone()}
      />
      <div className="card__actions">
        <button type="submit" className="button">
          {t('notebook.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onDone}>
          {t('notebook.cancel')}
        </button>
      </div>
    </form>
  );
}
