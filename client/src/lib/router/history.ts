/** Where the app is: the parts of an address the screens read. */
export interface Place {
  pathname: string;
  search: string;
  hash: string;
}

/** The app's address, its changes, and a way to go elsewhere without loading a page. */
export interface AppHistory {
  /** The same object for as long as the address does not change (useSyncExternalStore needs that). */
  place(): Place;
  subscribe(listener: () => void): () => void;
  go(to: string, options?: { replace?: boolean }): void;
}

function placeOf(to: string): Place {
  const url = new URL(to, 'http://app.invalid');
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

/** The browser's own history: Back and Forward work, and every screen has its real address. */
export function browserHistory(): AppHistory {
  const listeners = new Set<() => void>();
  let href = '';
  let current: Place = placeOf('/');
  const notify = () => listeners.forEach((listener) => listener());
  return {
    place() {
      // Read afresh: a screen may have tidied the address itself (a key taken out of it).
      if (window.location.href !== href) {
        href = window.location.href;
        current = { pathname: window.location.pathname, search: window.location.search, hash: window.location.hash };
      }
      return current;
    },
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('popstate', notify);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('popstate', notify);
      };
    },
    go(to, options) {
      if (options?.replace) window.history.replaceState(null, '', to);
      else window.history.pushState(null, '', to);
      notify();
    },
  };
}

/** A history in memory, for tests: starts at the last of `entries`. */
export function memoryHistory(entries: string[] = ['/']): AppHistory {
  const listeners = new Set<() => void>();
  let current = placeOf(entries.at(-1) ?? '/');
  return {
    place: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    go(to) {
      current = placeOf(to);
      listeners.forEach((listener) => listener());
    },
  };
}
