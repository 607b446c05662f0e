import type { WorkshopState } from '@common-ground/shared';
import { PreEncodedJson } from './pre-encoded-json.js';

/**
 * Each workshop state written as JSON once, for every screen that enters while it is current.
 *
 * Keyed by the state object itself: the reducer never changes a state in place, it makes a new
 * one, so a change is a new key and a screen entering after it can never get the old JSON.
 * Weak, so a state no longer current (or a workshop unloaded) leaves the cache with it.
 *
 * The state is the same for everyone in the workshop; what differs per screen (who it is, the
 * facilitator's projector key, a participant's private documents) never goes in here.
 */
const encoded = new WeakMap<WorkshopState, PreEncodedJson<WorkshopState>>();

export function encodedState(state: WorkshopState): PreEncodedJson<WorkshopState> {
  let json = encoded.get(state);
  if (!json) {
    json = PreEncodedJson.of(state);
    encoded.set(state, json);
  }
  return json;
}
