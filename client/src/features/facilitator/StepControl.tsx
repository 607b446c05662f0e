import { isPairPractice } from '@common-ground/shared';
import type { ReactNode } from 'react';
import type { ClockView } from '../clock/use-clock';
import { EvaluationPanel } from '../evaluation/EvaluationPanel';
import { LearningsPanel } from '../learnings/LearningsPanel';
import { FacilitatorObservePanel } from '../observe/FacilitatorObservePanel';
import { PairsPanel } from '../pairs/PairsPanel';
import { ReportBackPanel } from '../report-back/ReportBackPanel';
import { RoleAssignment } from '../roster/RoleAssignment';

/** The panel a step is run from, for the facilitator's page to put right under the clock. */
export function StepControl({ view }: { view: ClockView | null }): ReactNode {
  const step = view?.step;
  if (!step) return null;
  if (isPairPractice(step)) return <PairsPanel view={view} />;
  switch (step.kind) {
    case 'roles':
      return <RoleAssignment highlighted />;
    case 'report-back':
      return <ReportBackPanel />;
    case 'observe':
      return <FacilitatorObservePanel />;
    case 'learnings':
      return <LearningsPanel highlighted />;
    case 'evaluation':
      return <EvaluationPanel highlighted />;
    default:
      return null;
  }
}

/** Which of the page's panels runs this step ('pairs' for any pair practice), so it is not folded. */
export function currentPanel(view: ClockView | null): string | null {
  const step = view?.step;
  if (!step) return null;
  return isPairPractice(step) ? 'pairs' : step.kind;
}
