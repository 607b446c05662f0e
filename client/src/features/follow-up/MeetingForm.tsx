import { meetingFieldsSchema, type MeetingFields } from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { textProblemMessage } from '../../lib/text-problem';
import { DateTimeFields } from './DateTimeFields';

type Draft = Required<MeetingFields>;
const BLANK: Draft = { withWhom: '', when: '', where: '' };

/** Schedules a next one-on-one, or edits one: with whom, when (local date-time) and where. */
export function MeetingForm(props: {
  /** The meeting being edited; without it, the form schedules a new one. */
  initial?: Draft;
  /** What a new meeting starts with (the partner's name beside the pair's commitment). */
  prefill?: Partial<Draft>;
  title?: string;
  /** Names from the roster, offered while typing; anyone else can be typed freely. */
  names: string[];
  onSave: (fields: Draft) => Promise<boolean>;
  onCancel?: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const start: Draft = props.initial ?? { ...BLANK, ...props.prefill };
  const [draft, setDraft] = useState<Draft>(start);
  const [problem, setProblem] = useState<string | null>(null);
  const editing = Boolean(props.initial);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { withWhom, where } = meetingFieldsSchema.shape;
    const whoProblem = textProblemMessage(withWhom, draft.withWhom, t, { required: t('followUp.whoRequired') });
    if (whoProblem) return setProblem(whoProblem);
    if (!draft.when) return setProblem(t('followUp.whenRequired'));
    const whereProblem = textProblemMessage(where, draft.where, t);
    if (whereProblem) return setProblem(whereProblem);
    setProblem(null);
    if ((await props.onSave(draft)) && !editing) setDraft(start);
  }

  const field = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })),
  });

  return (
    <form className="meeting-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{props.title ?? (editing ? t('followUp.editTitle') : t('followUp.scheduleTitle'))}</h4>
      <label className="field">
        <span className="label">{t('followUp.withWhom')}</span>
        <input className="input" type="text" maxLength={200} list={`${id}-names`} {...field('withWhom')} />
      </label>
      <datalist id={`${id}-names`}>
        {props.names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <DateTimeFields
        label={t('followUp.when')}
        value={draft.when}
        onChange={(when) => setDraft((d) => ({ ...d, when }))}
      />
      <label className="field">
        <span className="label">{t('followUp.where')}</span>
        <input className="input" type="text" maxLength={300} {...field('where')} />
      </label>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="card__actions">
        <button type="submit" className="button button--primary">
          {editing ? t('followUp.save') : t('followUp.schedule')}
        </button>
        {props.onCancel && (
          <button type="button" className="button button--quiet" onClick={props.onCancel}>
            {t('followUp.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
