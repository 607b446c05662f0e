import type { Notebook } from '@common-ground/shared';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { useAnnounce } from '../../components/announcer/use-announce';
import { useArrivals } from '../../components/announcer/use-arrivals';

/**
 * Tells a partner, through the screen reader, when the other partner (or the facilitator) adds a
 * note to their notebook, with its words. Their own notes and edits are not news.
 */
export function usePartnerNoteAnnouncements(notebook: Notebook | undefined, participantId: string | undefined): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const participants = useStore((s) => s.workshop?.participants);
  useArrivals(participantId ? notebook?.entries : undefined, (arrived) => {
    const fromOthers = arrived.filter((entry) => entry.authorId !== participantId);
    if (fromOthers.length === 0) return;
    announce(
      fromOthers
        .map((entry) => {
          const name =
            entry.authorId === null
              ? t('notebook.facilitatorName')
              : (participants?.[entry.authorId]?.name ?? t('notebook.facilitatorName'));
          return t('notebook.partnerNote', { name, text: entry.text });
        })
        .join(' '),
    );
  });
}
