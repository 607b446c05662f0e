import type { Step } from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../session/connection-context';
import { draftFromForm, formFromStep, type StepForm } from './step-draft';

/** Edits one step: title, minutes (or its sub-phases'), instructions, questions and links. */
export function StepEditor({ step, onDone }: { step: Step | null; onDone: () => void }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const [form, setForm] = useState<StepForm>(() => formFromStep(step, t('agenda.newStepTitle')));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const update = (patch: Partial<StepForm>) => setForm((f) => ({ ...f, ...patch }));
  const phaseSum = form.phases.reduce((sum, p) => sum + (Number(p.minutes) || 0), 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = draftFromForm(form, step, t);
    if (!built.ok) return setProblem(built.problem);
    setProblem(null);
    setSaving(true);
    const result = await send('agenda:save-step', { step: built.draft });
    setSaving(false);
    if (result.ok) onDone();
  }

  return (
    <form
      className="step-editor"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-heading`}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <h3 id={`${id}-heading`}>{step ? t('agenda.editor.heading') : t('agenda.editor.newHeading')}</h3>
      <label className="field">
        <span className="label">{t('agenda.editor.title')}</span>
        <input className="input" value={form.title} autoFocus onChange={(e) => update({ title: e.target.value })} />
      </label>
      {form.phases.length === 0 ? (
        <label className="field field--narrow">
          <span className="label">{t('agenda.editor.minutes')}</span>
          <input
            className="input"
            type="number"
            min={0.5}
            max={240}
            step={0.5}
            value={form.minutes}
            onChange={(e) => update({ minutes: e.target.value })}
          />
        </label>
      ) : (
        <p className="hint">{t('agenda.editor.minutesFromPhases', { count: phaseSum })}</p>
      )}
      <label className="field">
        <span className="label">{t('agenda.editor.instructions')}</span>
        <textarea
          className="input"
          rows={3}
          value={form.instructions}
          onChange={(e) => update({ instructions: e.target.value })}
        />
      </label>
      <fieldset className="step-editor__group">
        <legend>{t('agenda.editor.phases')}</legend>
        {form.phases.map((phase, i) => {
          const setPhase = (patch: Partial<StepForm['phases'][number]>) =>
            update({ phases: form.phases.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
          return (
            <div key={phase.id ?? `new-${i}`} className="step-editor__row">
              <label className="field">
                <span className="label">{t('agenda.editor.phaseTitle')}</span>
                <input className="input" value={phase.title} onChange={(e) => setPhase({ title: e.target.value })} />
              </label>
              <label className="field field--narrow">
                <span className="label">{t('agenda.editor.phaseMinutes')}</span>
                <input
                  className="input"
                  type="number"
                  min={0.5}
                  max={240}
                  step={0.5}
                  value={phase.minutes}
                  onChange={(e) => setPhase({ minutes: e.target.value })}
                />
              </label>
              <label className="field field--wide">
                <span className="label">{t('agenda.editor.phaseInstructions')}</span>
                <textarea
                  className="input"
                  rows={2}
                  value={phase.instructions}
                  onChange={(e) => setPhase({ instructions: e.target.value })}
                />
              </label>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`${t('agenda.editor.removePhase')}: ${phase.title}`}
                onClick={() => update({ phases: form.phases.filter((_, j) => j !== i) })}
              >
                {t('agenda.editor.removePhase')}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => update({ phases: [...form.phases, { title: '', minutes: '5', instructions: '' }] })}
        >
          {t('agenda.editor.addPhase')}
        </button>
      </fieldset>
      <label className="field">
        <span className="label">{t('agenda.editor.questions')}</span>
        <textarea
          className="input"
          rows={3}
          value={form.questions}
          onChange={(e) => update({ questions: e.target.value })}
        />
      </label>
      <fieldset className="step-editor__group">
        <legend>{t('agenda.editor.links')}</legend>
        {form.links.map((link, i) => {
          const setLink = (patch: Partial<StepForm['links'][number]>) =>
            update({ links: form.links.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
          return (
            <div key={i} className="step-editor__row">
              <label className="field">
                <span className="label">{t('agenda.editor.linkLabel')}</span>
                <input className="input" value={link.label} onChange={(e) => setLink({ label: e.target.value })} />
              </label>
              <label className="field field--wide">
                <span className="label">{t('agenda.editor.linkUrl')}</span>
                <input
                  className="input"
                  type="url"
                  value={link.url}
                  onChange={(e) => setLink({ url: e.target.value })}
                />
              </label>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => update({ links: form.links.filter((_, j) => j !== i) })}
              >
                {t('agenda.editor.removeLink')}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => update({ links: [...form.links, { label: '', url: 'https://' }] })}
        >
          {t('agenda.editor.addLink')}
        </button>
      </fieldset>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="card__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('agenda.editor.saving') : t('agenda.editor.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('agenda.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
