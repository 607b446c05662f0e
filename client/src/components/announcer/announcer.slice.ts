import type { StateCreator } from 'zustand';

/** Polite waits for the screen reader to finish; assertive interrupts (time's up, your turn). */
export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  text: string;
  /** Counts up, so the same words said twice are still two announcements. */
  id: number;
}

/**
 * What the screen reader should say, and only that: the features call `announce` for the few
 * things a person who cannot see the screen must not miss; the Announcer shows the latest of each
 * politeness in a live region that is always on the page.
 */
export interface AnnouncerSlice {
  announcements: Record<Politeness, Announcement | null>;
  announce: (text: string, politeness?: Politeness) => void;
}

export const createAnnouncerSlice: StateCreator<AnnouncerSlice> = (set) => ({
  announcements: { polite: null, assertive: null },
  announce: (text, politeness = 'polite') =>
    set((s) => {
      const id = Math.max(s.announcements.polite?.id ?? 0, s.announcements.assertive?.id ?? 0) + 1;
      return { announcements: { ...s.announcements, [politeness]: { text, id } } };
    }),
});
