import {
  AGENDA_TEMPLATES,
  LIMITS,
  TEMPLATE_IDS,
  templateMinutes,
  titleInputSchema,
  viewPaths,
  type TemplateId,
} from '@common-ground/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useNavigate } from '../../lib/router';
import { useErrorText } from '../../components/ErrorNotice';
import { createWorkshop } from '../../lib/api';
import { credentials } from '../../lib/credentials';
import { textProblemMessage } from '../../lib/text-problem';
import { useTemplateWords } from '../../lib/i18n/template-text';

export function CreateWorkshopForm(): ReactNode {
  const { t } = useTranslation();
  const words = useTemplateWords();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('practice-1on1');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const titleProblem = textProblemMessage(titleInputSchema, title, t, { required: t('home.titleRequired') });
    if (titleProblem) return setProblem(titleProblem);
    setBusy(true);
    setProblem(null);
    const result = await createWorkshop({ title: title.trim(), template });
    setBusy(false);
    if (!result.ok) return setProblem(errorText(result.error));
    credentials.saveFacilitatorToken(result.data.code, result.data.facilitatorToken);
    void navigate(viewPaths.facilitator(result.data.code, result.data.facilitatorToken));
  }

  return (
    <form className="panel door" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="start-title">
      <h2 id="start-title">{t('home.startTitle')}</h2>
      <p className="hint">{t('home.startHelp')}</p>
      <label className="field">
        <span className="label">{t('home.titleLabel')}</span>
        <input
          className="input input--large"
          value={title}
          maxLength={LIMITS.titleLength}
          placeholder={t('home.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'start-problem' : undefined}
        />
      </label>
      <fieldset className="templates">
        <legend className="label">{t('home.templateLegend')}</legend>
        {TEMPLATE_IDS.map((id) => {
          const option = AGENDA_TEMPLATES[id];
          const minutes = templateMinutes(id);
          return (
            <label key={id} className={`template${template === id ? ' template--chosen' : ''}`}>
              <input
                type="radio"
                name="template"
                value={id}
                checked={template === id}
                onChange={() => setTemplate(id)}
              />
              <span>
                <span className="template__name">{words.text(option.name)}</span>
                {minutes > 0 && <span className="muted"> · {t('agenda.minutes', { count: minutes })}</span>}
                <span className="template__description">{words.text(option.description)}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {problem && (
        <p id="start-problem" className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary button--large" disabled={busy}>
        {busy ? t('home.creating') : t('home.create')}
      </button>
    </form>
  );
}
