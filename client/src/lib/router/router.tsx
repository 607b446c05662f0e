import {
  Children,
  createContext,
  isValidElement,
  useCallback,
  useContext,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { browserHistory, memoryHistory, type AppHistory, type Place } from './history';
import { matchPath } from './match-path';

/**
 * The app's routing, in the few pieces it uses: four screens by address, their code from the
 * address, a link home, and going to a new workshop's screen. Our own because a full router
 * library was a tenth of the JavaScript a participant waits for on a hall's wifi.
 */

const HistoryContext = createContext<AppHistory | null>(null);
const ParamsContext = createContext<Record<string, string>>({});

function Router({ history, children }: { history: AppHistory; children: ReactNode }): ReactNode {
  return <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>;
}

/** The browser's address and history. */
export function BrowserRouter({ children }: { children: ReactNode }): ReactNode {
  const [history] = useState(browserHistory);
  return <Router history={history}>{children}</Router>;
}

/** An address held in memory, for tests. */
export function MemoryRouter({
  initialEntries,
  children,
}: {
  initialEntries?: string[];
  children: ReactNode;
}): ReactNode {
  const [history] = useState(() => memoryHistory(initialEntries));
  return <Router history={history}>{children}</Router>;
}

function useHistory(): AppHistory {
  const history = useContext(HistoryContext);
  if (!history) throw new Error('A screen asked for the address outside a router.');
  return history;
}

export function useLocation(): Place {
  const history = useHistory();
  return useSyncExternalStore(history.subscribe, history.place);
}

export function useNavigate(): (to: string, options?: { replace?: boolean }) => void {
  const history = useHistory();
  return useCallback((to, options) => history.go(to, options), [history]);
}

export function useParams(): Record<string, string | undefined> {
  return useContext(ParamsContext);
}

export function useMatch(pattern: string): Record<string, string> | null {
  return matchPath(pattern, useLocation().pathname);
}

interface RouteProps {
  path: string;
  element: ReactNode;
}

/** One screen and the addresses it answers; read by <Routes>, drawn by nothing else. */
export function Route(_props: RouteProps): ReactNode {
  return null;
}

/** The first <Route> whose path fits the address, with its named parts for useParams. */
export function Routes({ children }: { children: ReactNode }): ReactNode {
  const { pathname } = useLocation();
  for (const child of Children.toArray(children)) {
    if (!isValidElement<RouteProps>(child)) continue;
    const params = matchPath(child.props.path, pathname);
    if (params) return <ParamsContext.Provider value={params}>{child.props.element}</ParamsContext.Provider>;
  }
  return null;
}

/** A link within the app: no page load, unless the person asks for a new tab or window. */
export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>): ReactNode {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a {...rest} href={to} onClick={onClick} />;
}
