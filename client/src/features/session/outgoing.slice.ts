import type { AppError, ClientEvent, Result } from '@common-ground/shared';
import type { StateCreator } from 'zustand';

/**
 * A change this screen made that the server has not taken yet: waiting (offline, or in the
 * queue), or refused for good. The screen draws it where it belongs, marked, so what a person
 * typed never just disappears.
 */
export interface OutgoingChange {
  commandId: string;
  event: ClientEvent;
  /** The message as sent, command id included. */
  message: unknown;
  state: 'waiting' | 'refused';
  error?: AppError;
}

export interface OutgoingSlice {
  outgoing: OutgoingChange[];
  outgoingAdded: (change: Pick<OutgoingChange, 'commandId' | 'event' | 'message'>) => void;
  /** The server answered: taken changes leave, refused ones stay, with why, until dismissed. */
  outgoingAnswered: (commandId: string, result: Result<unknown>) => void;
  outgoingDismissed: (commandId: string) => void;
}

export const createOutgoingSlice: StateCreator<OutgoingSlice> = (set) => ({
  outgoing: [],
  outgoingAdded: (change) => set((s) => ({ outgoing: [...s.outgoing, { ...change, state: 'waiting' }] })),
  outgoingAnswered: (commandId, result) =>
    set((s) => ({
      outgoing: result.ok
        ? s.outgoing.filter((c) => c.commandId !== commandId)
        : s.outgoing.map((c) => (c.commandId === commandId ? { ...c, state: 'refused', error: result.error } : c)),
    })),
  outgoingDismissed: (commandId) => set((s) => ({ outgoing: s.outgoing.filter((c) => c.commandId !== commandId) })),
});
