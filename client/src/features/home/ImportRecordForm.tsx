import { createWorkshopResponseSchema, viewPaths } from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useNavigate } from '../../lib/router';
import { useErrorText } from '../../components/ErrorNotice';
import { requestJson } from '../../lib/api';
import { credentials } from '../../lib/credentials';

/** Starts a workshop from an exported JSON record: the same agenda again, or the whole record kept here. */
export function ImportRecordForm(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [keep, setKeep] = useState<'agenda' | 'record'>('agenda');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setProblem(t('home.import.fileRequired'));
    setBusy(true);
    setProblem(null);
    const body = await file.text();
    const query = keep === 'record' ? '?keep=record' : '';
    const result = await requestJson(`/api/workshops/import${query}`, createWorkshopResponseSchema, {
      method: 'POST',
      body,
    });
    setBusy(false);
    if (!result.ok) return setProblem(errorText(result.error));
    credentials.saveFacilitatorToken(result.data.code, result.data.facilitatorToken);
    void navigate(viewPaths.facilitator(result.data.code, result.data.facilitatorToken));
  }

  return (
    <details className="panel door import">
      <summary>{t('home.import.title')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="hint">{t('home.import.help')}</p>
        <label className="field" htmlFor={`${id}-file`}>
          <span className="label">{t('home.import.file')}</span>
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <fieldset className="templates">
          <legend className="label">{t('home.import.modeLegend')}</legend>
          {(['agenda', 'record'] as const).map((mode) => (
            <label key={mode} className="checkbox">
              <input type="radio" name={`${id}-mode`} checked={keep === mode} onChange={() => setKeep(mode)} />
              {t(`home.import.mode.${mode}`)}
            </label>
          ))}
        </fieldset>
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('home.creating') : t('home.import.submit')}
        </button>
      </form>
    </details>
  );
}
