import type { Card } from '@common-ground/shared';
import { useTranslation } from '../../lib/i18n/react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../app/store';
import { useAnnounce } from '../../components/announcer/use-announce';
import { useArrivals } from '../../components/announcer/use-arrivals';

/** More at once than this is a batch (an import, a merge of sessions): said as a count. */
const READ_ONE_BY_ONE = 3;

/**
 * Tells a screen reader when a card lands on the flipchart, with its column and words, unless this
 * person just put it there themselves (they know). A note of theirs that the note-taker accepted
 * is news to them, though: it is how they learn it made it.
 */
export function useCardAnnouncements(): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const me = useStore((s) => (s.identity?.kind === 'participant' ? s.identity.participantId : s.identity?.kind));
  const accepted = useStore((s) => s.workshop?.settings.notesFlow === 'suggest');
  const cards = useStore(useShallow((s) => (s.workshop ? Object.values(s.workshop.cards) : undefined)));
  useArrivals(cards, (arrived: Card[]) => {
    const news = arrived.filter((card) => !placedBy(card, me, accepted));
    if (news.length === 0) return;
    if (news.length > READ_ONE_BY_ONE) return announce(t('flipchart.newCards', { count: news.length }));
    // One announcement: a second one would replace the first before it is read.
    announce(
      news
        .map((card) => t('flipchart.newCard', { column: t(`flipchart.columns.${card.column}`), text: card.text }))
        .join(' '),
    );
  });
}

/** Whether `me` put this card on the flipchart just now, rather than the note-taker accepting it. */
function placedBy(card: Card, me: string | undefined, notesAreAccepted: boolean): boolean {
  if (card.authorId === null) return me === 'facilitator';
  if (card.authorId !== me) return false;
  const fromTheirPair = (card.pairIds?.length ?? 0) > 0;
  return !(fromTheirPair && notesAreAccepted);
}
