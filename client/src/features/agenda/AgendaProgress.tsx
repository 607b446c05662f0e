import { agendaProgress, projectClock, stepMinutes, totalMinutes, type Step } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import type { ClockView } from '../clock/use-clock';
import { useConnection } from '../session/connection-context';
import { useTemplateWords } from '../../lib/i18n/template-text';

/** One empty agenda for every render: a new [] each time would make the store selector loop. */
const NO_STEPS: Step[] = [];

/** The agenda as a bar: done, current and coming steps, and how far into the whole session we are. */
export function AgendaProgress({ view }: { view: ClockView | null }): ReactNode {
  const { t } = useTranslation();
  const words = useTemplateWords();
  const connection = useConnection();
  const agenda = useStore((s) => s.workshop?.agenda ?? NO_STEPS);
  const clock = useStore((s) => s.workshop?.clock);
  const autoAdvance = useStore((s) => s.workshop?.settings.autoAdvance ?? true);
  const total = totalMinutes(agenda);
  if (!clock || total === 0) return null;
  // Recomputed whenever the clock view changes (at least once a second). The projected clock, not
  // just its segment: after an automatic advance the new sub-phase runs from its own start.
  const now = connection?.serverTime.now() ?? Date.now();
  const fraction = view ? agendaProgress(agenda, projectClock(agenda, clock, autoAdvance, now), now) : 0;
  const percent = Math.round(fraction * 100);

  return (
    <div className="progress">
      <div
        className="progress__bar"
        role="progressbar"
        aria-label={t('agenda.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <ol className="progress__steps">
        {agenda.map((step, index) => {
          const state = !view?.started
            ? 'coming'
            : index < view.stepIndex
              ? 'done'
              : index === view.stepIndex
                ? 'current'
                : 'coming';
          return (
            <li
              key={step.id}
              className={`progress__step progress__step--${state}`}
              style={{ flexGrow: stepMinutes(step) }}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="progress__step-title">{words.text(step.title)}</span>
              <span className="progress__step-minutes">{t('agenda.minutes', { count: stepMinutes(step) })}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
