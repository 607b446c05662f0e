import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { playCue, setSoundMuted, soundMuted } from './cues';
import type { ClockView } from './use-clock';

const SHOW_MS = 8000;

/**
 * Watches the clock and cues every screen at once: when the step or sub-phase changes, and
 * when time runs out. Visible (a banner that flashes) and audible (unless muted on this screen).
 */
export function CueBanner({ view }: { view: ClockView | null }): ReactNode {
  const { t } = useTranslation();
  const [cue, setCue] = useState<{ text: string; key: number } | null>(null);
  const [muted, setMuted] = useState(soundMuted);
  const last = useRef<{ segment: string; overtime: boolean } | null>(null);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;

  const segment = view ? `${view.stepId}/${view.phaseId}` : null;
  const overtime = Boolean(view?.overtime && view.running);
  const title = view?.step ? (view.step.phases[view.phaseIndex]?.title ?? view.step.title) : '';

  useEffect(() => {
    if (!segment || !view?.started) return;
    const before = last.current;
    last.current = { segment, overtime };
    if (!before) return;
    let next: { text: string; kind: 'change' | 'time-up' } | null = null;
    if (before.segment !== segment) next = { text: t('clock.nowOn', { title }), kind: 'change' };
    else if (!before.overtime && overtime) next = { text: t('clock.timeUp', { title }), kind: 'time-up' };
    if (!next) return;
    setCue({ text: next.text, key: Date.now() });
    if (!mutedRef.current) playCue(next.kind);
  }, [segment, overtime, title, view?.started, t]);

  useEffect(() => {
    if (!cue) return;
    const timer = setTimeout(() => setCue(null), SHOW_MS);
    return () => clearTimeout(timer);
  }, [cue]);

  return (
    <div className="cues">
      <div role="status" aria-live="assertive" className="cue-region">
        {cue && (
          <p key={cue.key} className="cue">
            {cue.text}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button button--quiet cues__mute"
        aria-pressed={!muted}
        aria-label={t('clock.soundLabel')}
        onClick={() => {
          setMuted(!muted);
          setSoundMuted(!muted);
        }}
      >
        {muted ? t('clock.soundOff') : t('clock.soundOn')}
      </button>
    </div>
  );
}
