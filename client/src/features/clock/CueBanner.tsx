import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from '../../lib/i18n/translator';
import { useTranslation } from '../../lib/i18n/react';
import { useAnnounce } from '../../components/announcer/use-announce';
import { playCue, setSoundMuted, soundMuted } from './cues';
import { useMinuteMarks } from './use-minute-marks';
import type { ClockView } from './use-clock';
import { useTemplateWords } from '../../lib/i18n/template-text';

/** How long the projector shows a cue: nobody stands at its keyboard to dismiss it. */
const PROJECTOR_SHOW_MS = 15_000;

/**
 * Watches the clock and cues every screen at once: when the step or sub-phase changes, and
 * when time runs out. Visible, audible (unless muted on this screen) and said to a screen reader,
 * which also hears the minute marks (see useMinuteMarks) but never the seconds ticking.
 *
 * On a person's own screen the cue is pinned to the top of the viewport (to the bottom during
 * report-back, where whose turn it is holds the top), wherever they have scrolled, and stays
 * until they dismiss it (or the next cue replaces it): someone writing in their notebook must not
 * miss the change. The projector has no one to dismiss it, so there it sits in the header and
 * leaves on its own.
 */
type CueKind = 'change' | 'time-up';

function cueText(t: TFunction, kind: CueKind, title: string): string {
  return t(kind === 'change' ? 'clock.nowOn' : 'clock.timeUp', { title });
}

export function CueBanner({
  view,
  variant = 'personal',
  title: titleInWords,
}: {
  view: ClockView | null;
  variant?: 'personal' | 'projector';
  /** What the cue names, when a screen words the moment its own way (the projector names people). */
  title?: string;
}): ReactNode {
  const { t } = useTranslation();
  const words = useTemplateWords();
  // The kind of cue, not its words: the title it names may change while it shows (pairs formed
  // a moment after the step began turn "A organizes" into "Ben organizes").
  const [cue, setCue] = useState<{ kind: CueKind; key: number } | null>(null);
  const [muted, setMuted] = useState(soundMuted);
  const last = useRef<{ segment: string; overtime: boolean } | null>(null);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;
  const announce = useAnnounce();
  useMinuteMarks(view);

  const segment = view ? `${view.stepId}/${view.phaseId}` : null;
  const overtime = Boolean(view?.overtime && view.running);
  const title =
    titleInWords ?? (view?.step ? words.text(view.step.phases[view.phaseIndex]?.title ?? view.step.title) : '');

  useEffect(() => {
    if (!segment || !view?.started) return;
    const before = last.current;
    last.current = { segment, overtime };
    if (!before) return;
    let kind: CueKind | null = null;
    if (before.segment !== segment) kind = 'change';
    else if (!before.overtime && overtime) kind = 'time-up';
    if (!kind) return;
    setCue({ kind, key: Date.now() });
    announce(cueText(t, kind, title), kind === 'time-up' ? 'assertive' : 'polite');
    if (!mutedRef.current) playCue(kind);
  }, [segment, overtime, title, view?.started, t, announce]);

  useEffect(() => {
    if (!cue || variant !== 'projector') return;
    const timer = setTimeout(() => setCue(null), PROJECTOR_SHOW_MS);
    return () => clearTimeout(timer);
  }, [cue, variant]);

  return (
    <div className="cues">
      <div
        className={`cue-bar cue-bar--${variant}${cue ? ' cue-bar--shown' : ''}`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setCue(null);
        }}
      >
        {/* The screen reader hears the cue through the page's announcer, once, not from here. */}
        <p className="cue-bar__text" data-testid="cue">
          {cue && <span key={cue.key}>{cueText(t, cue.kind, title)}</span>}
        </p>
        {cue && variant === 'personal' && (
          <button type="button" className="button cue-bar__dismiss" onClick={() => setCue(null)}>
            {t('clock.cueSeen')}
          </button>
        )}
      </div>
      <button
        type="button"
        className="button button--quiet cues__mute"
        aria-pressed={!muted}
        onClick={() => {
          setMuted(!muted);
          setSoundMuted(!muted);
        }}
      >
        {t('clock.soundLabel')}
        <span className="cues__state" aria-hidden="true">
          {muted ? t('clock.soundOff') : t('clock.soundOn')}
        </span>
      </button>
    </div>
  );
}
