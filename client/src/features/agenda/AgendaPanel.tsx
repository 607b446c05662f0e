import { stepMinutes, totalMinutes, type Step } from '@common-ground/shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import type { ClockView } from '../clock/use-clock';
import { useSend } from '../session/connection-context';
import { StepEditor } from './StepEditor';
import { useTemplateWords } from '../../lib/i18n/template-text';

type Editing = { kind: 'step'; step: Step } | { kind: 'new' } | null;

/** One empty agenda for every render: a new [] each time would make the store selector loop. */
const NO_STEPS: Step[] = [];

/** The facilitator's agenda: where we are, and every step to rename, retime, reorder or remove. */
export function AgendaPanel({ view }: { view: ClockView | null }): ReactNode {
  const { t } = useTranslation();
  const words = useTemplateWords();
  const send = useSend();
  const agenda = useStore((s) => s.workshop?.agenda ?? NO_STEPS);
  const autoAdvance = useStore((s) => s.workshop?.settings.autoAdvance ?? true);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);

  return (
    <section className="panel agenda" aria-labelledby="agenda-title">
      <div className="agenda__head">
        <h2 id="agenda-title">{t('agenda.title')}</h2>
        <span className="muted">{t('agenda.total', { count: totalMinutes(agenda) })}</span>
      </div>
      {agenda.length === 0 && <p className="empty">{t('agenda.empty')}</p>}
      <ol className="agenda__steps">
        {agenda.map((step, index) => {
          const current = view?.stepId === step.id;
          const done = view ? view.started && index < view.stepIndex : false;
          if (editing?.kind === 'step' && editing.step.id === step.id) {
            return (
              <li key={step.id} className="agenda__step">
                <StepEditor step={step} onDone={() => setEditing(null)} />
              </li>
            );
          }
          return (
            <li
              key={step.id}
              className={`agenda__step${current ? ' agenda__step--current' : ''}${done ? ' agenda__step--done' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              <div className="agenda__step-head">
                <span className="agenda__step-title">
                  {index + 1}. {words.text(step.title)}
                </span>
                <span className="muted">{t('agenda.minutes', { count: stepMinutes(step) })}</span>
              </div>
              {step.phases.length > 0 && (
                <ol className="agenda__phases">
                  {step.phases.map((phase) => (
                    <li
                      key={phase.id}
                      className={current && view?.phaseId === phase.id ? 'agenda__phase--current' : undefined}
                    >
                      {words.text(phase.title)} · {t('agenda.minutes', { count: phase.minutes })}
                    </li>
                  ))}
                </ol>
              )}
              {confirmRemove === step.id ? (
                <div
                  className="card__actions"
                  role="group"
                  aria-label={t('agenda.confirmRemove', { title: words.text(step.title) })}
                >
                  <span>{t('agenda.confirmRemove', { title: words.text(step.title) })}</span>
                  <button
                    type="button"
                    className="button button--danger"
                    autoFocus
                    onClick={() =>
                      void send('agenda:remove-step', { stepId: step.id }).then(() => setConfirmRemove(null))
                    }
                  >
                    {t('agenda.remove')}
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => setConfirmRemove(null)}>
                    {t('flipchart.keep')}
                  </button>
                </div>
              ) : (
                <div className="agenda__actions">
                  {!current && (
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t('agenda.goToLabel', { title: words.text(step.title) })}
                      onClick={() => void send('clock:goto', { stepId: step.id })}
                    >
                      {t('agenda.goTo')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('agenda.editLabel', { title: words.text(step.title) })}
                    onClick={() => setEditing({ kind: 'step', step })}
                  >
                    {t('agenda.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={index === 0}
                    aria-label={t('agenda.moveUpLabel', { title: words.text(step.title) })}
                    onClick={() => void send('agenda:move-step', { stepId: step.id, toIndex: index - 1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={index === agenda.length - 1}
                    aria-label={t('agenda.moveDownLabel', { title: words.text(step.title) })}
                    onClick={() => void send('agenda:move-step', { stepId: step.id, toIndex: index + 1 })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('agenda.removeLabel', { title: words.text(step.title) })}
                    onClick={() => setConfirmRemove(step.id)}
                  >
                    {t('agenda.remove')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {editing?.kind === 'new' ? (
        <StepEditor step={null} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
          {t('agenda.addStep')}
        </button>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={autoAdvance}
          onChange={(e) => void send('settings:update', { autoAdvance: e.target.checked })}
        />
        {t('agenda.autoAdvance')}
      </label>
    </section>
  );
}
