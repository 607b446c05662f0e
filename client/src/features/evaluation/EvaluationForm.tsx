import {
  missingEvaluationFields,
  RATINGS,
  type EvaluationAnswer,
  type EvaluationDraft,
  type Result,
} from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { usePrivateDoc } from '../private-docs/use-private-doc';
import { useFormat } from '../../lib/i18n/format';

/** A participant's evaluation: fetched when online, editable while the facilitator keeps it open. */
export function EvaluationForm({ participantId }: { participantId: string }): ReactNode {
  const open = useStore((s) => s.workshop?.evaluation.open ?? false);
  const { doc: saved, change } = usePrivateDoc('evaluation', participantId);

  if (!open) return <ClosedEvaluation saved={saved ?? undefined} />;
  return <EvaluationFields key={saved?.updatedAt ?? 0} saved={saved ?? undefined} send={change} />;
}

/** Once closed, the form says so and keeps a read-only copy of what this person sent. */
function ClosedEvaluation({ saved }: { saved: EvaluationAnswer | undefined }): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="panel evaluation" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('evaluation.formTitle')}</h2>
      <p role="status">{t('evaluation.closed')}</p>
      {saved && (
        <>
          <h3>{t('evaluation.yourAnswers')}</h3>
          <dl className="evaluation__copy">
            <dt>{t('evaluation.learned')}</dt>
            <dd>{saved.learned}</dd>
            <dt>{t('evaluation.rating')}</dt>
            <dd>{t('evaluation.ratingOption', { value: saved.rating })}</dd>
            <dt>{t('evaluation.likesTitle')}</dt>
            <dd>{saved.likes.join('; ')}</dd>
            <dt>{t('evaluation.wishesTitle')}</dt>
            <dd>{saved.wishes.join('; ')}</dd>
          </dl>
          <p className="hint">{t(saved.signed ? 'evaluation.sentSigned' : 'evaluation.sentAnonymous')}</p>
        </>
      )}
    </section>
  );
}

function EvaluationFields({
  saved,
  send,
}: {
  saved: EvaluationAnswer | undefined;
  send: (change: { answers: unknown }) => Promise<Result<unknown>>;
}): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const setError = useStore((s) => s.setError);
  const [draft, setDraft] = useState<EvaluationDraft>(() => ({
    learned: saved?.learned ?? '',
    rating: saved?.rating ?? null,
    likes: saved?.likes.length ? saved.likes : [''],
    wishes: saved?.wishes.length ? saved.wishes : [''],
  }));
  const [signed, setSigned] = useState(saved?.signed ?? false);
  const [busy, setBusy] = useState(false);
  const gaps = missingEvaluationFields(draft);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (gaps.length > 0) return;
    setBusy(true);
    const result = await send({ answers: { ...draft, signed } });
    setBusy(false);
    if (!result.ok) setError(result.error);
  }

  const setItem = (list: 'likes' | 'wishes', index: number, text: string) =>
    setDraft((d) => ({ ...d, [list]: d[list].map((item, i) => (i === index ? text : item)) }));
  const addItem = (list: 'likes' | 'wishes') => setDraft((d) => ({ ...d, [list]: [...d[list], ''] }));

  return (
    <section className="panel evaluation" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('evaluation.formTitle')}</h2>
      <p className="hint">{t('evaluation.formHelp')}</p>
      <form className="evaluation__form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="label">{t('evaluation.learned')}</span>
          <textarea
            className="input"
            rows={3}
            value={draft.learned}
            onChange={(e) => setDraft((d) => ({ ...d, learned: e.target.value }))}
          />
        </label>
        <fieldset className="evaluation__rating">
          <legend className="label">{t('evaluation.rating')}</legend>
          <div className="evaluation__choices">
            {RATINGS.map((value) => (
              <label key={value} className="evaluation__choice">
                <input
                  type="radio"
                  name={`${id}-rating`}
                  value={value}
                  checked={draft.rating === value}
                  aria-label={t('evaluation.ratingOption', { value })}
                  onChange={() => setDraft((d) => ({ ...d, rating: value }))}
                />
                <span aria-hidden="true">{value}</span>
              </label>
            ))}
          </div>
          <p className="hint">
            {t('evaluation.ratingLow')} · {t('evaluation.ratingHigh')}
          </p>
        </fieldset>
        {(['likes', 'wishes'] as const).map((list) => (
          <fieldset key={list} className="evaluation__list">
            <legend className="label">{t(`evaluation.${list}`)}</legend>
            {draft[list].map((text, index) => (
              <input
                key={index}
                className="input"
                value={text}
                aria-label={t(list === 'likes' ? 'evaluation.like' : 'evaluation.wish', { n: index + 1 })}
                onChange={(e) => setItem(list, index, e.target.value)}
              />
            ))}
            <button type="button" className="button button--quiet" onClick={() => addItem(list)}>
              {t(list === 'likes' ? 'evaluation.addLike' : 'evaluation.addWish')}
            </button>
          </fieldset>
        ))}
        <label className="evaluation__sign">
          <input type="checkbox" checked={signed} onChange={(e) => setSigned(e.target.checked)} />
          {t('evaluation.signed')}
        </label>
        {gaps.length > 0 && (
          <p className="field-problem" role="status">
            {t('evaluation.missing', { items: format.list(gaps.map((gap) => t(`evaluation.gap_${gap}`))) })}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={gaps.length > 0 || busy}>
          {saved ? t('evaluation.update') : t('evaluation.send')}
        </button>
        {saved && <p className="hint">{t('evaluation.sent')}</p>}
      </form>
    </section>
  );
}
