import type { Notebook } from '@common-ground/shared';
import type { StateCreator } from 'zustand';

/** The pair notebooks this screen may see: its own pair's, or every pair's for the facilitator. */
export interface NotebookSlice {
  notebooks: Record<string, Notebook>;
  setNotebook: (notebook: Notebook) => void;
}

export const createNotebookSlice: StateCreator<NotebookSlice> = (set) => ({
  notebooks: {},
  setNotebook: (notebook) => set((s) => ({ notebooks: { ...s.notebooks, [notebook.pairId]: notebook } })),
});
