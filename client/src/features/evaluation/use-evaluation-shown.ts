import { useStore } from '../../app/store';

/**
 * Whether a participant's screen shows the evaluation: from the moment it opens, and still after
 * it closes, so the form does not vanish without a word or a copy of what was sent. "Closed" is
 * in the workshop's state, so a reload keeps it.
 */
export function useEvaluationShown(): boolean {
  return useStore((s) => (s.workshop ? s.workshop.evaluation.open || s.workshop.evaluation.closed : false));
}
