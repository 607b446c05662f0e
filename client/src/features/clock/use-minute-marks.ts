import { useEffect, useRef } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useAnnounce } from '../../components/announcer/use-announce';
import type { ClockView } from './use-clock';

/**
 * Whether "n minutes left" is worth saying: every minute of the last five, and every fifth minute
 * before that. Once a minute through a 45-minute practice would talk over the person's own notes.
 */
export function isMinuteMark(minutes: number): boolean {
  return minutes >= 1 && (minutes <= 5 || minutes % 5 === 0);
}

/**
 * Tells a screen reader the minute marks as the clock passes them, in place of the ticking timer
 * (a `timer` role is never read out on its own). Only a mark passed while running counts: a screen
 * that opens, a minute added or a step changed is not a mark reached.
 */
export function useMinuteMarks(view: ClockView | null): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const last = useRef<{ segment: string; minutes: number } | null>(null);
  const running = Boolean(view?.started && view.running && !view.overtime && view.synced);
  const segment = view ? `${view.stepId}/${view.phaseId}` : '';
  // Whole minutes still to go, rounded up: 181 s is "4", 180 s is "3": the mark is reached at 3:00.
  const minutes = view ? Math.ceil(view.remainingSeconds / 60) : 0;
  const title = view?.step ? (view.step.phases[view.phaseIndex]?.title ?? view.step.title) : '';

  useEffect(() => {
    const before = last.current;
    last.current = running ? { segment, minutes } : null;
    if (!running || !before || before.segment !== segment) return;
    if (before.minutes - minutes === 1 && isMinuteMark(minutes)) {
      announce(t('clock.minutesLeft', { count: minutes, title }));
    }
  }, [running, segment, minutes, title, announce, t]);
}
