import type { FollowUp } from '@common-ground/shared';
import type { StateCreator } from 'zustand';

/** The private follow-ups this screen may see: its own, or any participant's for the facilitator. */
export interface FollowUpSlice {
  followUps: Record<string, FollowUp>;
  setFollowUp: (followUp: FollowUp) => void;
}

export const createFollowUpSlice: StateCreator<FollowUpSlice> = (set) => ({
  followUps: {},
  setFollowUp: (followUp) => set((s) => ({ followUps: { ...s.followUps, [followUp.participantId]: followUp } })),
});
