import type { TFunction } from '../lib/i18n/translator';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';

/**
 * One line to add something (a card, a learning). It clears at once so the next one can be
 * typed; if the server refuses, the text comes back. `check` is the server's rule, applied first.
 */
export function QuickAddForm(props: {
  label: string;
  placeholder: string;
  buttonLabel: string;
  check: (text: string, t: TFunction) => string | null;
  onAdd: (text: string) => Promise<boolean>;
}): ReactNode {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = props.check(text, t);
    setProblem(issue);
    if (issue) return;
    const typed = text;
    setText('');
    if (!(await props.onAdd(typed.trim()))) setText((current) => current || typed);
  }

  return (
    <form className="add-card" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={inputId} className="visually-hidden">
        {props.label}
      </label>
      <input
        id={inputId}
        className="input"
        value={text}
        placeholder={props.placeholder}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${inputId}-problem` : undefined}
        autoComplete="off"
      />
      <button type="submit" className="button">
        {props.buttonLabel}
      </button>
      {problem && (
        <p id={`${inputId}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
