import { COLUMNS, type Column } from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { cardTextProblem } from '../flipchart/card-text';
import { useSend } from '../session/connection-context';

/**
 * A pair member sends a note to the flipchart: to the note-taker as a suggestion, or straight
 * onto it, as the facilitator chose. The pair notebook reuses it with the note's text prefilled.
 */
export function SendNoteForm(props: {
  initialText?: string;
  initialColumn?: Column;
  /** Called once the server has taken the note. */
  onSent?: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const notesFlow = useStore((s) => s.workshop?.settings.notesFlow ?? 'suggest');
  const [column, setColumn] = useState<Column>(props.initialColumn ?? 'values');
  const [text, setText] = useState(props.initialText ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issue = cardTextProblem(text, t);
    setProblem(issue);
    setSent(null);
    if (issue) return;
    // Said at the moment of sending: that is the flow the server applies to this note.
    const confirmation = notesFlow === 'direct' ? t('suggestions.send.sentDirect') : t('suggestions.send.sentSuggest');
    setSending(true);
    const result = await send('card:suggest', { column, text: text.trim() });
    setSending(false);
    if (!result.ok) return;
    setText('');
    setSent(confirmation);
    props.onSent?.();
  }

  return (
    <form className="send-note" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t('suggestions.send.title')}</h3>
      <p className="hint">
        {notesFlow === 'direct' ? t('suggestions.send.hintDirect') : t('suggestions.send.hintSuggest')}
      </p>
      <div className="send-note__fields">
        <label className="field send-note__column">
          <span className="label">{t('suggestions.send.column')}</span>
          <select className="input" value={column} onChange={(e) => setColumn(e.target.value as Column)}>
            {COLUMNS.map((c) => (
              <option key={c} value={c}>
                {t(`flipchart.columns.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field send-note__text">
          <span className="label">{t('suggestions.send.text')}</span>
          <textarea
            className="input"
            rows={2}
            value={text}
            placeholder={t('suggestions.send.placeholder')}
            onChange={(e) => {
              setText(e.target.value);
              setSent(null);
            }}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
          />
        </label>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
      <div className="card__actions">
        <button type="submit" className="button button--primary" disabled={sending}>
          {sending ? t('suggestions.send.sending') : t('suggestions.send.submit')}
        </button>
        <p role="status" className="send-note__sent">
          {sent}
        </p>
      </div>
    </form>
  );
}
