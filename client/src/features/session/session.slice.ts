import {
  applyEvents,
  type AppError,
  type Identity,
  type Presence,
  type SequencedEvent,
  type SessionSnapshot,
  type WorkshopState,
} from '@common-ground/shared';
import type { StateCreator } from 'zustand';

export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'offline' | 'needs-join' | 'refused' | 'ended';

/** Why the server ended this screen's session: the person left, or the facilitator removed them. */
export type EndedReason = 'left' | 'removed';

export interface SessionSlice {
  workshop: WorkshopState | null;
  identity: Identity | null;
  /** The projector key, which the server gives the facilitator's screen only. */
  projectorToken: string | null;
  presence: Presence;
  status: ConnectionStatus;
  /** Why the session was refused or the last action failed, for the person to read. */
  error: AppError | null;
  pendingCount: number;
  endedReason: EndedReason | null;

  /** What the server says. */
  loadSnapshot: (snapshot: SessionSnapshot) => void;
  /** Applies events in order; answers 'gap' when one is missing, so the caller resyncs. */
  applyEvents: (events: readonly SequencedEvent[]) => 'applied' | 'gap';
  setPresence: (presence: Presence) => void;
  setStatus: (status: ConnectionStatus) => void;
  setError: (error: AppError | null) => void;
  setPendingCount: (count: number) => void;
  /** The server ended the session for good: nothing more arrives, and the page says why. */
  endSession: (reason: EndedReason) => void;
}

export const emptyPresence: Presence = { participantIds: [], facilitator: false, projectors: 0 };

export const createSessionSlice: StateCreator<SessionSlice> = (set, get) => ({
  workshop: null,
  identity: null,
  projectorToken: null,
  presence: emptyPresence,
  status: 'idle',
  error: null,
  pendingCount: 0,
  endedReason: null,

  loadSnapshot: ({ state, identity, projectorToken }) =>
    set({ workshop: state, identity, projectorToken: projectorToken ?? null, status: 'online' }),
  applyEvents: (events) => {
    const current = get().workshop;
    if (!current) return 'applied';
    // Events we already have (our own snapshot included them) are skipped; a hole means resync.
    const fresh = events.filter((e) => e.seq > current.seq);
    if (fresh.length === 0) return 'applied';
    if (fresh.some((e, i) => e.seq !== current.seq + i + 1)) return 'gap';
    set({ workshop: applyEvents(current, fresh) });
    return 'applied';
  },
  setPresence: (presence) => set({ presence }),
  setStatus: (status) => set({ status }),
  setError: (error) => set({ error }),
  setPendingCount: (pendingCount) => set({ pendingCount }),
  endSession: (endedReason) => set({ status: 'ended', endedReason, pendingCount: 0 }),
});
