import type { WorkshopState } from '../core/state.js';

/**
 * Whether a workshop has a flipchart to show and send notes to. The 1:1 practice guide's report-back
 * asks the note-taker to record the pairs' findings on it; the training plan ("Training: One-on-ones")
 * has no such step, so its participants see no empty flipchart and no "send to the flipchart". Cards
 * already written keep it in sight, so nothing a person wrote disappears.
 */
export function usesFlipchart(state: Pick<WorkshopState, 'agenda' | 'cards'>): boolean {
  return state.agenda.some((step) => step.kind === 'report-back') || Object.keys(state.cards).length > 0;
}
