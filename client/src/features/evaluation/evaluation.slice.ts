import type { EvaluationSummary } from '@common-ground/shared';
import type { StateCreator } from 'zustand';

/**
 * The anonymous evaluation summary, for the projector while the facilitator shows it. The
 * answers and the reflection themselves are private documents (see private-docs.slice.ts).
 */
export interface EvaluationSlice {
  evaluationSummary: EvaluationSummary | null;
  setEvaluationSummary: (summary: EvaluationSummary) => void;
}

export const createEvaluationSlice: StateCreator<EvaluationSlice> = (set) => ({
  evaluationSummary: null,
  setEvaluationSummary: (evaluationSummary) => set({ evaluationSummary }),
});
