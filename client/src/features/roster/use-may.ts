import type { Actor, WorkshopState } from '@common-ground/shared';
import { useStore } from '../../app/store';

/**
 * Whether the person at this screen may do what `rule` checks (canEditFlipchart, canRunClock…):
 * the shared rule the server decides by, so the screen never offers what the server would refuse.
 */
export function useMay(rule: (state: WorkshopState, actor: Actor) => boolean): boolean {
  return useStore((s) => s.workshop !== null && s.identity !== null && rule(s.workshop, s.identity));
}
