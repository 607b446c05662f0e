import type { ParticipantRole } from '@common-ground/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useStore } from '../../app/store';
import { useAnnounce } from '../../components/announcer/use-announce';

/**
 * Tells a participant, through the screen reader, when the facilitator makes them the timekeeper
 * or the note-taker, or takes the role back: their screen gains or loses controls without a sound.
 */
export function useRoleAnnouncement(participantId: string | undefined): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const role = useStore((s) => (participantId ? s.workshop?.participants[participantId]?.role : undefined));
  const last = useRef<ParticipantRole | undefined>(undefined);
  useEffect(() => {
    const before = last.current;
    last.current = role;
    if (!before || !role || before === role) return;
    if (role !== 'participant') announce(t('roles.youAreNow', { role: t(`roles.${role}`) }));
    else announce(t('roles.noLonger', { role: t(`roles.${before}`) }));
  }, [role, announce, t]);
}
