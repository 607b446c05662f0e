import { useState } from 'react';
import { useStore } from '../../app/store';

/**
 * Whether a participant's screen shows the evaluation: from the moment it opens, and still after
 * it closes, so the form does not vanish without a word or a copy of what was sent.
 */
export function useEvaluationShown(): boolean {
  const open = useStore((s) => s.workshop?.evaluation.open ?? false);
  const [seen, setSeen] = useState(open);
  if (open && !seen) setSeen(true);
  return open || seen;
}
