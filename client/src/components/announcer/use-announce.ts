import { useStore } from '../../app/store';
import type { Politeness } from './announcer.slice';

export type Announce = (text: string, politeness?: Politeness) => void;

/** The one way a feature tells the screen reader something. */
export function useAnnounce(): Announce {
  return useStore((s) => s.announce);
}
