import { AGENDA_LIMITS, type Step } from '@common-ground/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useSend } from '../session/connection-context';
import { RowsFieldset } from './RowsFieldset';
import { draftFromForm, formFromStep, type StepForm } from './step-draft';
import { MinutesField, TextAreaField, TextField } from './step-fields';

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
      <TextField
        label={t('agenda.editor.title')}
        value={form.title}
        autoFocus
        onChange={(title) => update({ title })}
      />
      {form.phases.length === 0 ? (
        <MinutesField
          label={t('agenda.editor.minutes')}
          value={form.minutes}
          onChange={(minutes) => update({ minutes })}
        />
      ) : (
        <p className="hint">{t('agenda.editor.minutesFromPhases', { count: phaseSum })}</p>
      )}
      <TextAreaField
        label={t('agenda.editor.instructions')}
        rows={3}
        value={form.instructions}
        onChange={(instructions) => update({ instructions })}
      />
      <RowsFieldset
        legend={t('agenda.editor.phases')}
        rows={form.phases}
        onChange={(phases) => update({ phases })}
        max={AGENDA_LIMITS.phasesPerStep}
        blank={{ title: '', minutes: '5', instructions: '' }}
        addLabel={t('agenda.editor.addPhase')}
        removeLabel={t('agenda.editor.removePhase')}
        describe={(phase) => phase.title}
        keyOf={(phase, i) => phase.id ?? `new-${i}`}
      >
        {(phase, change) => (
          <>
            <TextField
              label={t('agenda.editor.phaseTitle')}
              value={phase.title}
              onChange={(title) => change({ title })}
            />
            <MinutesField
              label={t('agenda.editor.phaseMinutes')}
              value={phase.minutes}
              onChange={(minutes) => change({ minutes })}
            />
            <TextAreaField
              label={t('agenda.editor.phaseInstructions')}
              rows={2}
              width="wide"
              value={phase.instructions}
              onChange={(instructions) => change({ instructions })}
            />
          </>
        )}
      </RowsFieldset>
      <TextAreaField
        label={t('agenda.editor.questions')}
        rows={3}
        value={form.questions}
        onChange={(questions) => update({ questions })}
      />
      <RowsFieldset
        legend={t('agenda.editor.links')}
        rows={form.links}
        onChange={(links) => update({ links })}
        max={AGENDA_LIMITS.links}
        blank={{ label: '', url: 'https://' }}
        addLabel={t('agenda.editor.addLink')}
        removeLabel={t('agenda.editor.removeLink')}
        keyOf={(_, i) => String(i)}
      >
        {(link, change) => (
          <>
            <TextField
              label={t('agenda.editor.linkLabel')}
              value={link.label}
              onChange={(label) => change({ label })}
            />
            <TextField
              label={t('agenda.editor.linkUrl')}
              type="url"
              width="wide"
              value={link.url}
              onChange={(url) => change({ url })}
            />
          </>
        )}
      </RowsFieldset>
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
