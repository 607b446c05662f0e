import type { Pair } from '@common-ground/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { useAnnounce } from '../../components/announcer/use-announce';

/**
 * Tells the facilitator's screen reader when a pair says it is done, and how many are done now:
 * that is when they may move the room on. The count on screen also changes as people arrive,
 * leave or are moved; none of that is news to say aloud. What the screen holds when it first
 * gets the workshop is only remembered.
 */
export function usePairsDoneAnnouncement(pairs: readonly Pair[]): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const loaded = useStore((s) => Boolean(s.workshop));
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!loaded) return;
    const done = pairs.filter((pair) => pair.done);
    const before = seen.current;
    seen.current = new Set(done.map((pair) => pair.id));
    if (!before) return;
    const newly = done.filter((pair) => !before.has(pair.id));
    const first = newly[0];
    if (!first) return;
    const counts = { done: done.length, count: pairs.length };
    announce(
      newly.length === 1
        ? t('pairs.pairDone', { ...counts, name: t('pairs.pairName', { index: pairs.indexOf(first) + 1 }) })
        : t('pairs.doneCount', counts),
    );
  }, [loaded, pairs, announce, t]);
}
