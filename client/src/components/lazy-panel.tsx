import { useEffect, useReducer, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../lib/i18n/react';

/** How long to wait before asking again for a panel's code that did not arrive (the wifi dropped). */
const RETRY_MS = 3000;

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
    useEffect(() => {
      if (Loaded) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      waiting.add(loaded);
      const attempt = (): void => {
        preload().catch(() => {
          timer = setTimeout(attempt, RETRY_MS);
        });
      };
      attempt();
      return () => {
        waiting.delete(loaded);
        clearTimeout(timer);
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
