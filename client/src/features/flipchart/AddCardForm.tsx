import type { Column } from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../session/connection-context';
import { cardTextProblem } from './card-text';

export function AddCardForm({ column }: { column: Column }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const inputId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = cardTextProblem(text, t);
    setProblem(issue);
    if (issue) return;
    const typed = text;
    // Clear at once so the next card can be typed; if the server refuses, the text comes back.
    setText('');
    const result = await send('card:add', { column, text: typed.trim() });
    if (!result.ok) setText((current) => current || typed);
  }

  return (
    <form className="add-card" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={inputId} className="visually-hidden">
        {t('flipchart.addLabel', { column: t(`flipchart.columns.${column}`) })}
      </label>
      <input
        id={inputId}
        className="input"
        value={text}
        placeholder={t('flipchart.addPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${inputId}-problem` : undefined}
        autoComplete="off"
      />
      <button type="submit" className="button">
        {t('flipchart.add')}
      </button>
      {problem && (
        <p id={`${inputId}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
