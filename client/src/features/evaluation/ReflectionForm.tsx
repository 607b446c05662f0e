import { REFLECTION_KEY, type Reflection, type ReflectionFields, type Result } from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { usePrivateDoc } from '../private-docs/use-private-doc';

const FIELDS = ['did', 'worked', 'didNot', 'change'] as const;

/** The facilitator's own reflection on the training; saved privately. */
export function ReflectionForm(): ReactNode {
  const { doc: reflection, change } = usePrivateDoc('reflection', REFLECTION_KEY);
  return <ReflectionFieldsForm key={reflection?.updatedAt ?? 0} saved={reflection ?? null} send={change} />;
}

function ReflectionFieldsForm({
  saved,
  send,
}: {
  saved: Reflection | null;
  send: (change: { reflection: unknown }) => Promise<Result<unknown>>;
}): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const setError = useStore((s) => s.setError);
  const [draft, setDraft] = useState<Required<ReflectionFields>>(() => ({
    did: saved?.did ?? '',
    worked: saved?.worked ?? '',
    didNot: saved?.didNot ?? '',
    change: saved?.change ?? '',
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await send({ reflection: draft });
    if (!result.ok) setError(result.error);
  }

  return (
    <section className="evaluation-reflection" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('evaluation.reflectionTitle')}</h3>
      <p className="hint">{t('evaluation.reflectionHelp')}</p>
      <form onSubmit={(e) => void submit(e)}>
        {FIELDS.map((field) => (
          <label key={field} className="field">
            <span className="label">{t(`evaluation.${field}`)}</span>
            <textarea
              className="input"
              rows={2}
              value={draft[field]}
              onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
            />
          </label>
        ))}
        <button type="submit" className="button button--primary">
          {t('evaluation.saveReflection')}
        </button>
        {saved && <p className="hint">{t('evaluation.reflectionSaved')}</p>}
      </form>
    </section>
  );
}
