import { useEffect, useRef } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useAnnounce } from '../../components/announcer/use-announce';

/**
 * Interrupts the screen reader when the floor passes to this person's pair: they must start
 * speaking now. Who else speaks is on the screen, not said: it would be talk over the talk.
 */
export function useTurnAnnouncement(mine: boolean): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const last = useRef<boolean | null>(null);
  useEffect(() => {
    const before = last.current;
    last.current = mine;
    if (before === false && mine) announce(t('reportBack.yourTurn'), 'assertive');
  }, [mine, announce, t]);
}
