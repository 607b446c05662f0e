import { displayNameInputSchema, LIMITS } from '@common-ground/shared';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { useErrorText } from '../../components/ErrorNotice';
import { clearShellHandoff, shellHandoff } from '../../lib/shell-handoff';
import { textProblemMessage } from '../../lib/text-problem';
import { useConnection } from '../session/connection-context';

/** Who am I here? A name, one button, no account. */
export function JoinForm({ title }: { title?: string }): ReactNode {
  const { t } = useTranslation();
  const connection = useConnection();
  const errorText = useErrorText();
  const earlierError = useStore((s) => s.error);
  // What was typed into the form the server drew before the app started, kept.
  const [name, setName] = useState(() => shellHandoff().name);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const nameProblem = textProblemMessage(displayNameInputSchema, name, t, { required: t('join.nameRequired') });
    if (nameProblem) return setProblem(nameProblem);
    if (!connection) return;
    setBusy(true);
    setProblem(null);
    const result = await connection.join(name.trim());
    setBusy(false);
    if (!result.ok) setProblem(errorText(result.error));
  }

  // "Join" was pressed on that early form, before the app could answer it: answered now, once.
  const pressedEarly = useRef(shellHandoff().submitted);
  useEffect(() => {
    clearShellHandoff();
    if (!pressedEarly.current || !connection) return;
    pressedEarly.current = false;
    void submit();
    // submit is recreated each render; this runs once the connection is there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [connection]);

  return (
    <main className="page page--center">
      <ConnectionBanner />
      <form className="panel door" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="join-heading">
        <p className="workshop-header__brand">{t('app.name')}</p>
        {/* Named once the code is checked; until then, as the early form said it. */}
        <h1 id="join-heading">{title === undefined ? t('join.submit') : t('join.heading', { title })}</h1>
        {earlierError?.code === 'unauthorized' && <p className="notice">{t('join.forgotten')}</p>}
        {/* The hint stays outside the label: inside, it would be read as part of the field's name. */}
        <div className="field">
          <label>
            <span className="label">{t('join.nameLabel')}</span>
            <input
              className="input input--large"
              value={name}
              maxLength={LIMITS.nameLength}
              autoComplete="given-name"
              autoFocus
              onChange={(e) => setName(e.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby="join-name-help"
            />
          </label>
          <span id="join-name-help" className="hint">
            {t('join.nameHelp')}
          </span>
        </div>
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--primary button--large" disabled={busy}>
          {busy ? t('join.joining') : t('join.submit')}
        </button>
      </form>
    </main>
  );
}
