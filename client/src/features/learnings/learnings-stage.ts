import type { Step } from '@common-ground/shared';
import type { ClockView } from '../clock/use-clock';

/**
 * Whether the key learnings belong on screen: 'now' during the learnings step, 'after' once the
 * group has moved past it (they stay, to be read and exported), null before.
 */
export function learningsStage(view: ClockView | null, agenda: readonly Step[] | undefined): 'now' | 'after' | null {
  if (!view?.started || !view.step) return null;
  if (view.step.kind === 'learnings') return 'now';
  const first = agenda?.findIndex((step) => step.kind === 'learnings') ?? -1;
  return first >= 0 && view.stepIndex > first ? 'after' : null;
}
