import type { PostKind } from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useSend } from '../session/connection-context';
import { postTextProblem } from './post-text';

/** Post a noticing or a question about the 1:1 just watched. */
export function PostForm(): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const [kind, setKind] = useState<PostKind>('noticing');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = postTextProblem(text, t);
    setProblem(issue);
    if (issue) return;
    const typed = text;
    // Cleared at once for the next one; a refusal brings the text back.
    setText('');
    const result = await send('post:add', { kind, text: typed.trim() });
    if (!result.ok) setText((current) => current || typed);
  }

  return (
    <form className="observe__form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="observe__kinds">
        <legend className="label">{t('observe.kindLegend')}</legend>
        {(['noticing', 'question'] as const).map((option) => (
          <label key={option} className="observe__kind">
            <input
              type="radio"
              name={`${id}-kind`}
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            {t(`observe.${option}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('observe.textLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        className="input"
        rows={2}
        value={text}
        placeholder={t('observe.placeholder')}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      <button type="submit" className="button">
        {t('observe.post')}
      </button>
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
