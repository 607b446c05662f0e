import { viewPaths } from '@common-ground/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useNavigate } from '../../lib/router';
import { useErrorText } from '../../components/ErrorNotice';
import { fetchWorkshopSummary } from '../../lib/api';

export function JoinWithCodeForm(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const normalized = code.replace(/[\s-]/g, '').toUpperCase();
    if (!normalized) return setProblem(t('home.codeRequired'));
    setBusy(true);
    setProblem(null);
    const result = await fetchWorkshopSummary(normalized);
    setBusy(false);
    if (result.ok) return void navigate(viewPaths.join(result.data.code));
    setProblem(
      result.error.code === 'not_found' ? t('home.unknownCode', { code: normalized }) : errorText(result.error),
    );
  }

  return (
    <form className="panel door" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="join-title">
      <h2 id="join-title">{t('home.joinTitle')}</h2>
      <p className="hint">{t('home.joinHelp')}</p>
      <label className="field">
        <span className="label">{t('home.codeLabel')}</span>
        <input
          className="input input--large input--code"
          value={code}
          maxLength={16}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'join-problem' : undefined}
        />
      </label>
      {problem && (
        <p id="join-problem" className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary button--large" disabled={busy}>
        {busy ? t('home.checking') : t('home.join')}
      </button>
    </form>
  );
}
