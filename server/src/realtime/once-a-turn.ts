/**
 * Wraps `act` so that, however many times a key is marked during one turn of the event loop,
 * `act(key)` runs once for it, at the end of that turn (setImmediate).
 *
 * Why: fifty screens entering a workshop together each changed who is present; telling the
 * whole room after every one of them sent 50 × 50 messages that all said nearly the same thing.
 * Screens arriving in the same turn now cost one message to each screen.
 */
export function onceATurn(act: (key: string) => void): (key: string) => void {
  let marked = new Set<string>();
  return (key) => {
    if (marked.size === 0) setImmediate(flush);
    marked.add(key);
  };

  function flush(): void {
    const keys = marked;
    marked = new Set();
    for (const key of keys) act(key);
  }
}
