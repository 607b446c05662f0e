import { ok, type WorkshopState } from '@common-ground/shared';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../app/store';
import {
  advance,
  MINUTE_MS,
  nextFrame,
  pairsRunningFrom,
  practice,
  practiceWorkshop,
  SECOND_MS,
  serverClock,
  T0,
  useFakeClock,
} from '../../test/clock-fixtures';
import { FakeSocket } from '../../test/fake-socket';
import { snapshot } from '../../test/fixtures';
import { renderInWorkshop } from '../../test/render';
import { Announcer } from '../../components/announcer/Announcer';
import { CueBanner } from './CueBanner';
import { useClock } from './use-clock';

const MUTE_KEY = 'common-ground:sound-muted';

function Cues() {
  return (
    <>
      <Announcer />
      <CueBanner view={useClock()} />
    </>
  );
}

async function openCues(state: WorkshopState) {
  const socket = new FakeSocket();
  socket.respond('session:resume', () => ok(snapshot(state)));
  serverClock(socket);
  renderInWorkshop(<Cues />, { socket });
  await expect.poll(() => useStore.getState().status).toBe('online');
  nextFrame();
  return { socket, user: userEvent.setup() };
}

const soundButton = () => screen.getByRole('button', { name: 'Sound cues' });
/** The cue as seen on screen; a screen reader hears it through the page's announcer instead. */
const cue = () => screen.getByTestId('cue');

/**
 * Stands in for the browser's audio and notes the tones played. The page keeps its audio
 * context once made, so every test shares this one fake and its record.
 */
const audio = { works: true, tones: [] as number[] };
class FakeAudioContext {
  currentTime = 0;
  destination = {};
  createOscillator() {
    if (!audio.works) throw new Error('No audio output device');
    const frequency = { value: 0 };
    return {
      frequency,
      connect: (next: unknown) => next,
      start: () => audio.tones.push(frequency.value),
      stop: () => undefined,
    };
  }
  createGain() {
    return {
      gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined },
      connect: (next: unknown) => next,
    };
  }
}

describe('CueBanner', () => {
  useFakeClock();
  beforeEach(() => {
    audio.works = true;
    audio.tones = [];
    vi.stubGlobal('AudioContext', FakeAudioContext);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('has sound on by default, and turns it off and on again for this screen', async () => {
    const { user } = await openCues(practiceWorkshop());
    expect(soundButton()).toHaveAttribute('aria-pressed', 'true');
    expect(soundButton()).toHaveTextContent('Sound cueson');

    await user.click(soundButton());

    expect(soundButton()).toHaveAttribute('aria-pressed', 'false');
    expect(soundButton()).toHaveTextContent('Sound cuesoff');
    expect(window.localStorage.getItem(MUTE_KEY)).toBe('true');

    await user.click(soundButton());

    expect(soundButton()).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem(MUTE_KEY)).toBe('false');
  });

  it('remembers that this screen was muted', async () => {
    window.localStorage.setItem(MUTE_KEY, 'true');
    await openCues(practiceWorkshop());

    expect(soundButton()).toHaveAttribute('aria-pressed', 'false');
    expect(soundButton()).toHaveTextContent('Sound cuesoff');
  });

  it('does not cue a screen that opens in the middle of a step', async () => {
    await openCues(practiceWorkshop([pairsRunningFrom(T0 - MINUTE_MS)]));
    advance(SECOND_MS);

    expect(cue()).toBeEmptyDOMElement();
  });

  it('cues the next sub-phase with two tones', async () => {
    await openCues(practiceWorkshop([pairsRunningFrom(T0)]));

    advance(8 * MINUTE_MS);

    expect(cue()).toHaveTextContent('Now: B gives feedback');
    expect(audio.tones).toEqual([660, 880]);
  });

  it('cues time up with three tones when a step runs over', async () => {
    await openCues(
      practiceWorkshop([[T0 - MINUTE_MS, { type: 'settings:updated', autoAdvance: false }], pairsRunningFrom(T0)]),
    );

    advance(8 * MINUTE_MS + SECOND_MS);

    expect(cue()).toHaveTextContent('Time is up: A organizes');
    expect(audio.tones).toEqual([880, 880, 880]);
  });

  it('plays no sound on a muted screen, but still shows the cue', async () => {
    window.localStorage.setItem(MUTE_KEY, 'true');
    await openCues(practiceWorkshop([pairsRunningFrom(T0)]));

    advance(8 * MINUTE_MS);

    expect(cue()).toHaveTextContent('Now: B gives feedback');
    expect(audio.tones).toEqual([]);
  });

  it('still shows the cue on a screen that cannot play sound', async () => {
    audio.works = false;
    await openCues(practiceWorkshop([pairsRunningFrom(T0)]));

    advance(8 * MINUTE_MS);

    expect(cue()).toHaveTextContent('Now: B gives feedback');
    expect(audio.tones).toEqual([]);
  });

  it('announces the cue politely and keeps it on screen until the person says they saw it', async () => {
    const { user } = await openCues(practiceWorkshop([pairsRunningFrom(T0)]));

    advance(8 * MINUTE_MS);
    expect(screen.getByRole('status')).toHaveTextContent(/^Now: B gives feedback$/);
    expect(cue()).toHaveTextContent('Now: B gives feedback');

    // Minutes later, someone who was writing in their notebook still finds it.
    advance(MINUTE_MS);
    expect(cue()).toHaveTextContent('Now: B gives feedback');

    await user.click(screen.getByRole('button', { name: 'Got it' }));

    expect(cue()).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: 'Got it' })).toBeNull();
  });

  it('is dismissed from the keyboard with Escape', async () => {
    const { user } = await openCues(practiceWorkshop([pairsRunningFrom(T0)]));
    advance(8 * MINUTE_MS);

    await user.tab();
    expect(screen.getByRole('button', { name: 'Got it' })).toHaveFocus();
    await user.keyboard('{Escape}');

    expect(cue()).toBeEmptyDOMElement();
  });

  it('lets the projector’s cue leave on its own, as nobody is at its keyboard', async () => {
    const socket = new FakeSocket();
    socket.respond('session:resume', () => ok(snapshot(practiceWorkshop([pairsRunningFrom(T0)]))));
    serverClock(socket);
    function ProjectorCues() {
      return <CueBanner view={useClock()} variant="projector" />;
    }
    // The projector's own timeout runs on the fake clock too.
    vi.useFakeTimers({
      now: T0,
      toFake: ['Date', 'performance', 'requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
    });
    renderInWorkshop(<ProjectorCues />, { socket });
    await expect.poll(() => useStore.getState().status).toBe('online');
    nextFrame();

    advance(8 * MINUTE_MS);
    expect(cue()).toHaveTextContent('Now: B gives feedback');
    expect(screen.queryByRole('button', { name: 'Got it' })).toBeNull();

    advance(MINUTE_MS);
    expect(cue()).toBeEmptyDOMElement();
  });

  it('cues the step the facilitator moves everyone to', async () => {
    const state = practiceWorkshop([pairsRunningFrom(T0 - MINUTE_MS)]);
    const { socket } = await openCues(state);

    act(() =>
      socket.push('workshop:events', {
        events: [
          {
            seq: state.seq + 1,
            at: Date.now(),
            event: { type: 'clock:moved', stepId: practice.reportBack.id, phaseId: null, running: true, auto: false },
          },
        ],
      }),
    );
    nextFrame();

    expect(cue()).toHaveTextContent('Now: Get to know your team');
  });
});
