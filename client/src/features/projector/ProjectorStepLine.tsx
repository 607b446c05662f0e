import type { ReactNode } from 'react';
import { useTemplateWords } from '../../lib/i18n/template-text';
import type { ClockView } from '../clock/use-clock';

/** The step, and what happens in it now in the wall's own words (see usePhaseWords). */
export function ProjectorStepLine({ view, phaseWords }: { view: ClockView; phaseWords: string | null }): ReactNode {
  const words = useTemplateWords();
  if (!view.step) return null;
  return (
    <p className="projector__step">
      {words.text(view.step.title)}
      {phaseWords && <span className="projector__phase"> · {phaseWords}</span>}
    </p>
  );
}
