import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cardTextProblem } from './card-text';

/** Inline editing of a card's text: Enter saves, Escape cancels. */
export function CardEditor(props: {
  initialText: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
  /** The field's label and the save button's words, when saving does more than an edit (a merge). */
  label?: string;
  saveLabel?: string;
}): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(props.initialText);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = cardTextProblem(text, t);
    setProblem(issue);
    if (issue) return;
    setSaving(true);
    await props.onSave(text.trim());
    setSaving(false);
  }

  return (
    <form className="card-editor" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {props.label ?? t('flipchart.editLabel')}
      </label>
      <textarea
        id={id}
        className="input"
        value={text}
        rows={3}
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
      />
      {problem && <p className="field-problem">{problem}</p>}
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
