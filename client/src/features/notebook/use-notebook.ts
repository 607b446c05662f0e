import { usePrivateDoc } from '../private-docs/use-private-doc';

/**
 * A pair's notebook: `pairId` is the facilitator's choice; a participant gets their own pair's.
 * It travels like every private document (see usePrivateDoc).
 */
export function useNotebook(pairId: string | undefined, myPairId: string | undefined) {
  const { doc: notebook, change } = usePrivateDoc('notebook', pairId ?? myPairId);
  return { notebook, change };
}
