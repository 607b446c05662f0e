import type { EvaluationAnswer, EvaluationBoard, EvaluationSummary, Reflection } from '@common-ground/shared';
import type { StateCreator } from 'zustand';

/**
 * The evaluation as this screen may see it: a participant's own answers, or every answer and the
 * reflection for the facilitator; the projector gets only the anonymous summary.
 */
export interface EvaluationSlice {
  evaluationAnswers: Record<string, EvaluationAnswer>;
  reflection: Reflection | null;
  evaluationSummary: EvaluationSummary | null;
  setEvaluationAnswer: (answer: EvaluationAnswer) => void;
  setEvaluationBoard: (board: EvaluationBoard) => void;
  setReflection: (reflection: Reflection) => void;
  setEvaluationSummary: (summary: EvaluationSummary) => void;
}

export const createEvaluationSlice: StateCreator<EvaluationSlice> = (set) => ({
  evaluationAnswers: {},
  reflection: null,
  evaluationSummary: null,
  setEvaluationAnswer: (answer) =>
    set((s) => ({ evaluationAnswers: { ...s.evaluationAnswers, [answer.participantId]: answer } })),
  setEvaluationBoard: (board) =>
    set({
      evaluationAnswers: Object.fromEntries(board.answers.map((answer) => [answer.participantId, answer])),
      reflection: board.reflection,
    }),
  setReflection: (reflection) => set({ reflection }),
  setEvaluationSummary: (evaluationSummary) => set({ evaluationSummary }),
});
