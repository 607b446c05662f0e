import type { Step } from '@common-ground/shared';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { ClockFace } from './ClockFace';
import type { ClockView } from './use-clock';
import { useTemplateWords } from '../../lib/i18n/template-text';

/**
 * What do I do now, and for how long: the current step, its sub-phase, the clock, what comes next,
 * then `lead` (a person's own part in it, e.g. their partner and role) before the instructions.
 */
export function NowCard({
  view,
  lead,
  phaseTitle,
  children,
}: {
  view: ClockView | null;
  lead?: ReactNode;
  /** A sub-phase's title in the reader's own terms ("You organize"); the agenda's, translated, if not given. */
  phaseTitle?: (step: Step, phaseIndex: number) => string | undefined;
  children?: ReactNode;
}): ReactNode {
  const { t } = useTranslation();
  const words = useTemplateWords();
  const stepCount = useStore((s) => s.workshop?.agenda.length ?? 0);
  const nextStepTitle = useStore((s) => (view ? s.workshop?.agenda[view.stepIndex + 1]?.title : undefined));
  const nextStep = nextStepTitle === undefined ? undefined : words.text(nextStepTitle);
  const step = view?.step ? words.step(view.step) : undefined;
  if (!view || !step) {
    return (
      <section className="panel now" aria-labelledby="now-title">
        <h2 id="now-title">{t('participant.nowTitle')}</h2>
        <p>{t('participant.waiting')}</p>
        {lead}
        {children}
      </section>
    );
  }
  const phase = step.phases[view.phaseIndex];
  const instructions = phase?.instructions || step.instructions;
  const titleOf = (index: number) => (view.step && phaseTitle?.(view.step, index)) ?? step.phases[index]?.title;
  const next = titleOf(view.phaseIndex + 1) ?? nextStep;
  return (
    // Named with its "Step n of m" too: the title alone repeats the evaluation panel's name.
    <section className="panel now" aria-labelledby="now-title now-step">
      <div className="now__head">
        <div>
          <p id="now-step" className="now__eyebrow">
            {t('agenda.stepOf', { index: view.stepIndex + 1, count: stepCount })}
          </p>
          <h2 id="now-title" className="now__title">
            {step.title}
            {phase && <span className="now__phase"> · {titleOf(view.phaseIndex)}</span>}
          </h2>
        </div>
        <ClockFace view={view} size="large" />
      </div>
      <p className="now__next">{next ? t('agenda.comesNext', { title: next }) : t('agenda.lastStep')}</p>
      {lead}
      {instructions && <p className="now__instructions">{instructions}</p>}
      {phase && step.instructions && <p className="hint">{step.instructions}</p>}
      {step.questions.length > 0 && (
        <>
          <h3 className="now__subhead">{t('agenda.questions')}</h3>
          <ul className="now__questions">
            {step.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      )}
      {step.links.length > 0 && (
        <>
          <h3 className="now__subhead">{t('agenda.preparation')}</h3>
          <ul className="now__links">
            {step.links.map((link) => (
              <li key={link.url + link.label}>
                <a href={link.url} target="_blank" rel="noreferrer">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </section>
  );
}
