import { usePrivateDoc } from '../private-docs/use-private-doc';

/**
 * A participant's private follow-up (tips, next 1:1s): their own, or any participant's for the
 * facilitator. It travels like every private document (see usePrivateDoc).
 */
export function useFollowUp(participantId: string | undefined) {
  const { doc: followUp, change } = usePrivateDoc('followup', participantId);
  return { followUp, change };
}
