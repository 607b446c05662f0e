/**
 * An audible cue made in the browser, no sound file needed: two short tones for a change of
 * step or sub-phase, three for time up. Browsers allow sound only after the person has
 * interacted with the page; before that this stays silent rather than failing.
 */
let context: AudioContext | null = null;

export function playCue(kind: 'change' | 'time-up'): void {
  try {
    context ??= new AudioContext();
    const tones = kind === 'change' ? [660, 880] : [880, 880, 880];
    tones.forEach((frequency, i) => {
      const osc = context!.createOscillator();
      const gain = context!.createGain();
      const start = context!.currentTime + i * 0.22;
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
      osc.connect(gain).connect(context!.destination);
      osc.start(start);
      osc.stop(start + 0.2);
    });
  } catch {
    // No audio on this device: the visible cue still shows.
  }
}

const MUTE_KEY = 'common-ground:sound-muted';

export function soundMuted(): boolean {
  try {
    return window.localStorage.getItem(MUTE_KEY) === 'true';
  } catch {
    return false;
  }
}

export function setSoundMuted(muted: boolean): void {
  try {
    window.localStorage.setItem(MUTE_KEY, String(muted));
  } catch {
    // Not remembered, but the choice holds for this page.
  }
}
