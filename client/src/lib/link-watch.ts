import type { Socket } from 'socket.io-client';

/**
 * The server pings every 5 s; hearing nothing at all for this long means the link is up but
 * passes nothing (the wifi stays associated, packets vanish). socket.io itself would wait
 * 5 s + 8 s, and the browser's TCP much longer.
 */
export const SILENCE_MS = 7000;
const CHECK_EVERY_MS = 1000;
/** A check this late means the page itself was asleep (a laptop lid, a frozen tab), not the link. */
const SLEPT_MS = 3 * CHECK_EVERY_MS;

/**
 * Keeps one socket honest about its link: it closes a link that has gone silent, so the page says
 * "offline" within seconds and socket.io reconnects; and when the browser says it is online again,
 * it reconnects at once instead of waiting out the backoff.
 */
export function watchLink(socket: Socket): () => void {
  const manager = socket.io;
  let heard = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;

  const onOpen = () => {
    const engine = manager.engine;
    heard = Date.now();
    engine.on('packet', () => {
      heard = Date.now();
    });
    clearInterval(timer);
    let checked = Date.now();
    timer = setInterval(() => {
      const now = Date.now();
      // A hidden page has its timers throttled, and a page that slept ran none: the gap is then
      // ours, not the link's. Waking, the link gets the same seven seconds to be heard from.
      if (document.visibilityState !== 'visible' || now - checked > SLEPT_MS) {
        heard = Math.max(heard, now - CHECK_EVERY_MS);
      }
      checked = now;
      if (now - heard <= SILENCE_MS) return;
      clearInterval(timer);
      // Closing the engine is what a lost transport looks like: socket.io says "disconnect" and reconnects.
      engine.close();
    }, CHECK_EVERY_MS);
  };
  const onClose = () => clearInterval(timer);
  const onOnline = () => {
    if (socket.connected || !socket.active) return;
    // Drop the pending backoff (and any attempt stuck on the dead link) and try now.
    socket.disconnect();
    socket.connect();
  };

  manager.on('open', onOpen);
  manager.on('close', onClose);
  window.addEventListener('online', onOnline);
  return () => {
    clearInterval(timer);
    manager.off('open', onOpen);
    manager.off('close', onClose);
    window.removeEventListener('online', onOnline);
  };
}
