import type { TFunction } from '../lib/i18n/translator';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';

/**
 * Inline editing of a short text (a card, a learning): Enter saves, Shift+Enter starts a new
 * line, Escape cancels. `check` applies the same rule the server will, before sending.
 */
export function TextEditor(props: {
  initialText: string;
  label: string;
  check: (text: string, t: TFunction) => string | null;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
  /** The save button's words, when saving does more than an edit (a merge). */
  saveLabel?: string;
  rows?: number;
}): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(props.initialText);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = props.check(text, t);
    setProblem(issue);
    if (issue) return;
    setSaving(true);
    await props.onSave(text.trim());
    setSaving(false);
  }

  return (
    <form className="card-editor" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {props.label}
      </label>
      <textarea
        id={id}
        className="input"
        value={text}
        rows={props.rows ?? 3}
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
          {props.saveLabel ?? t('flipchart.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t('flipchart.cancel')}
        </button>
      </div>
    </form>
  );
}
