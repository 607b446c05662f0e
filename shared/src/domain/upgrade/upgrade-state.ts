import { STATE_VERSION, type WorkshopState } from '../core/state.js';
import { withTryRounds } from './try-rounds.js';

/** Each upgrade brings a state written at the version before it up to its own version. */
const UPGRADES: ReadonlyArray<readonly [version: number, upgrade: (state: WorkshopState) => WorkshopState]> = [
  [2, withTryRounds],
];

/**
 * Brings a stored state (a workshop written by an earlier version, or an imported record) up to
 * the current shape, one version at a time, and stamps it with the current version. A state
 * already current comes back as it is.
 */
export function upgradeWorkshopState(state: WorkshopState): WorkshopState {
  let upgraded = state;
  for (const [version, upgrade] of UPGRADES) {
    if (upgraded.version < version) upgraded = { ...upgrade(upgraded), version };
  }
  return upgraded.version < STATE_VERSION ? { ...upgraded, version: STATE_VERSION } : upgraded;
}
