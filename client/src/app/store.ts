import { create } from 'zustand';
import { createEvaluationSlice, type EvaluationSlice } from '../features/evaluation/evaluation.slice';
import { createFollowUpSlice, type FollowUpSlice } from '../features/follow-up/follow-up.slice';
import { createNotebookSlice, type NotebookSlice } from '../features/notebook/notebook.slice';
import { createSessionSlice, type SessionSlice } from '../features/session/session.slice';

/** The one store, made of typed slices. */
export type AppState = SessionSlice & NotebookSlice & FollowUpSlice & EvaluationSlice;

export const useStore = create<AppState>()((...args) => ({
  ...createSessionSlice(...args),
  ...createNotebookSlice(...args),
  ...createFollowUpSlice(...args),
  ...createEvaluationSlice(...args),
}));

export type AppStore = typeof useStore;

const initialState = useStore.getState();

/** Back to a blank page: between tests, and when leaving a workshop. */
export function resetStore(): void {
  useStore.setState(initialState, true);
}
