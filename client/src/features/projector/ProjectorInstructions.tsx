import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useTemplateWords } from '../../lib/i18n/template-text';
import type { ClockView } from '../clock/use-clock';

/**
 * For a step with nothing else to show the room (roles, a check-in, the evaluation): what to do
 * and the step's questions, so the wall is never a blank page under the clock.
 */
export function ProjectorInstructions({ view }: { view: ClockView }): ReactNode {
  const { t } = useTranslation();
  const words = useTemplateWords();
  const step = view.step;
  if (!step) return null;
  const instructions = step.phases[view.phaseIndex]?.instructions || step.instructions;
  return (
    <section className="projector-instructions" aria-label={t('projector.whatToDo')}>
      {instructions && <p className="projector-instructions__text">{words.text(instructions)}</p>}
      {step.questions.length > 0 && (
        <ul className="projector-instructions__questions">
          {step.questions.map((question) => (
            <li key={question}>{words.text(question)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
