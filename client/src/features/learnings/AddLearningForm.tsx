import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../session/connection-context';
import { learningTextProblem } from './learning-text';

export function AddLearningForm(): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const inputId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = learningTextProblem(text, t);
    setProblem(issue);
    if (issue) return;
    const typed = text;
    // Cleared at once for the next one; a refusal brings the text back.
    setText('');
    const result = await send('learning:add', { text: typed.trim() });
    if (!result.ok) setText((current) => current || typed);
  }

  return (
    <form className="add-card" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={inputId} className="visually-hidden">
        {t('learnings.addLabel')}
      </label>
      <input
        id={inputId}
        className="input"
        value={text}
        placeholder={t('learnings.addPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${inputId}-problem` : undefined}
        autoComplete="off"
      />
      <button type="submit" className="button">
        {t('learnings.add')}
      </button>
      {problem && (
        <p id={`${inputId}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
