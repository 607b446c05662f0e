import { EventEmitter } from 'node:events';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SILENCE_MS, watchLink } from './link-watch';

/**
 * The parts of a socket.io client the watch touches: its manager's open and close, and the
 * engine's packets. A real socket cannot be made to sleep or to go silent on cue.
 */
function linkedSocket() {
  const engine = Object.assign(new EventEmitter(), { close: vi.fn() });
  const manager = Object.assign(new EventEmitter(), { engine });
  const socket = { io: manager, connected: true, active: true } as unknown as Socket;
  return { socket, manager, engine };
}

describe('watchLink', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes a link that has passed nothing for longer than the silence allowed', () => {
    const { socket, manager, engine } = linkedSocket();
    const stop = watchLink(socket);
    manager.emit('open');
    vi.advanceTimersByTime(SILENCE_MS - 1000);
    engine.emit('packet');
    vi.advanceTimersByTime(SILENCE_MS - 1000);
    expect(engine.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(engine.close).toHaveBeenCalledOnce();
    stop();
  });

  it('does not call a page that slept offline, but still catches a link that died while it slept', () => {
    const { socket, manager, engine } = linkedSocket();
    const stop = watchLink(socket);
    manager.emit('open');
    vi.advanceTimersByTime(1000);
    // The lid closes for half a minute: the clock moves on, no timer runs.
    vi.setSystemTime(Date.now() + 30_000);
    vi.advanceTimersByTime(1000);
    expect(engine.close).not.toHaveBeenCalled();
    // Awake, and nothing comes through: offline within the same silence as ever.
    vi.advanceTimersByTime(SILENCE_MS + 1000);
    expect(engine.close).toHaveBeenCalledOnce();
    stop();
  });
});
