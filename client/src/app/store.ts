import { create } from 'zustand';
import { createAnnouncerSlice, type AnnouncerSlice } from '../components/announcer/announcer.slice';
import { createEvaluationSlice, type EvaluationSlice } from '../features/evaluation/evaluation.slice';
import { createPrivateDocsSlice, type PrivateDocsSlice } from '../features/private-docs/private-docs.slice';
import { createOutgoingSlice, type OutgoingSlice } from '../features/session/outgoing.slice';
import { createSessionSlice, type SessionSlice } from '../features/session/session.slice';

/** The one store, made of typed slices. */
export type AppState = SessionSlice & OutgoingSlice & PrivateDocsSlice & EvaluationSlice & AnnouncerSlice;

export const useStore = create<AppState>()((...args) => ({
  ...createSessionSlice(...args),
  ...createOutgoingSlice(...args),
  ...createPrivateDocsSlice(...args),
  ...createEvaluationSlice(...args),
  ...createAnnouncerSlice(...args),
}));

export type AppStore = typeof useStore;

const initialState = useStore.getState();

/** Back to a blank page: between tests, and when leaving a workshop. */
export function resetStore(): void {
  useStore.setState(initialState, true);
}
