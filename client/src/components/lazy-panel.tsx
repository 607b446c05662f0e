import {
  useEffect,
  useLayoutEffect,
  useReducer,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { useTranslation } from '../lib/i18n/react';

/** How long to wait before asking again for a panel's code that did not arrive (the wifi dropped). */
const RETRY_MS = 3000;

/**
 * How many panels are on screen without their code. Counted before the browser paints (a layout
 * effect), so a page can keep its content back for the moment the code takes (useHoldForPanels)
 * instead of painting "Loading…" and then pushing everything below it down.
 */
let panelsWaiting = 0;
const watchers = new Set<() => void>();

function countWaiting(delta: 1 | -1): void {
  panelsWaiting += delta;
  for (const watcher of watchers) watcher();
}

function watchWaiting(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

/**
 * True while a panel on screen waits for its code, for at most `patienceMs` after the page
 * mounted: a page then paints once, whole, instead of jumping when the code arrives. Past the
 * patience (a slow link) it shows what it has, with "Loading…" where a panel will be.
 */
export function useHoldForPanels(patienceMs: number): boolean {
  const waiting = useSyncExternalStore(watchWaiting, () => panelsWaiting > 0);
  const [patient, setPatient] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setPatient(false), patienceMs);
    return () => clearTimeout(timer);
  }, [patienceMs]);
  return waiting && patient;
}

export interface LazyPanel<P extends object> {
  /** The panel: its code is fetched the first time it is shown; until then it says it is loading. */
  Panel: ComponentType<P>;
  /** Fetches the panel's code now; resolves once it can render at once. */
  preload: () => Promise<void>;
}

/**
 * A panel whose code is not part of a page's first load: what only some people need, or only at
 * some moments (the evaluation, the note-taker's desk, the notebook). Unlike `React.lazy`, a
 * panel whose code has arrived renders at once, with no Suspense in between, and a fetch that
 * failed (offline) is tried again rather than breaking the page.
 */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): LazyPanel<P> {
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const waiting = new Set<() => void>();

  const preload = (): Promise<void> => {
    pending ??= load().then(
      (component) => {
        Loaded = component;
        for (const wake of waiting) wake();
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };

  function Panel(props: P): ReactNode {
    const [, loaded] = useReducer((n: number) => n + 1, 0);
    // Before paint, so a page holding its content for panels (useHoldForPanels) never shows it half.
    useLayoutEffect(() => {
      if (Loaded) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let counted = true;
      countWaiting(1);
      const uncount = (): void => {
        if (!counted) return;
        counted = false;
        countWaiting(-1);
      };
      const wake = (): void => {
        uncount();
        loaded();
      };
      waiting.add(wake);
      const attempt = (): void => {
        preload().catch(() => {
          timer = setTimeout(attempt, RETRY_MS);
        });
      };
      attempt();
      return () => {
        waiting.delete(wake);
        clearTimeout(timer);
        uncount();
      };
    }, []);
    return Loaded ? <Loaded {...props} /> : <PanelLoading />;
  }
  return { Panel, preload };
}

/** Where a panel will be, while its code is on its way. */
function PanelLoading(): ReactNode {
  const { t } = useTranslation();
  return (
    <section className="panel" role="status" aria-busy="true">
      <p className="muted">{t('app.loading')}</p>
    </section>
  );
}
