import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/react';
import { useSend } from '../session/connection-context';
import type { ClockView } from './use-clock';

/** Start, pause, a minute more or less, back and next: for the facilitator and the timekeeper. */
export function ClockControls({ view }: { view: ClockView | null }): ReactNode {
  const { t } = useTranslation();
  const send = useSend();
  if (!view || !view.step) return null;
  const moves = [
    {
      label: 'clock.removeMinuteLabel',
      text: 'clock.removeMinute',
      act: () => send('clock:adjust', { minutes: -1 }),
      named: false,
    },
    {
      label: 'clock.addMinuteLabel',
      text: 'clock.addMinute',
      act: () => send('clock:adjust', { minutes: 1 }),
      named: false,
    },
    { label: 'clock.previousLabel', text: 'clock.previous', act: () => send('clock:previous', {}), named: true },
    { label: 'clock.nextLabel', text: 'clock.next', act: () => send('clock:next', {}), named: true },
  ] as const;
  return (
    <div className="clock-controls" role="group" aria-label={t('clock.controls')}>
      {view.running ? (
        <button type="button" className="button button--primary" onClick={() => void send('clock:pause', {})}>
          {t('clock.pause')}
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={() => void send('clock:start', {})}>
          {view.started ? t('clock.resume') : t('clock.start')}
        </button>
      )}
      {moves.map(({ label, text, act, named }) => (
        <button
          key={label}
          type="button"
          className="button"
          // A short text is the name itself (what a voice-control user says); the long form describes it.
          {...(named ? { 'aria-label': t(label) } : { title: t(label) })}
          onClick={() => void act()}
        >
          {t(text)}
        </button>
      ))}
    </div>
  );
}
