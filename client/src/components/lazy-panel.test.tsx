import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPanel, useHoldForPanels } from './lazy-panel';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a panel loaded when first shown', () => {
  it('says it is loading, then shows the panel with its props', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const { Panel } = lazyPanel(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    render(<Panel name="Ana" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await act(async () => arrive(Greeting));
    expect(screen.getByText('Hello Ana')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('renders at once when its code is already here', async () => {
    const { Panel, preload } = lazyPanel(() => Promise.resolve(Greeting));
    await preload();
    render(<Panel name="Ben" />);
    expect(screen.getByText('Hello Ben')).toBeInTheDocument();
  });

  it('asks again when the code could not be fetched (offline), and shows it once it arrives', async () => {
    vi.useFakeTimers();
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(Greeting);
    const { Panel } = lazyPanel(load);
    render(<Panel name="Carmen" />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('status')).toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Hello Carmen')).toBeInTheDocument();
  });
});

/** A page that holds its content back while a panel it shows waits for its code. */
function Page({ children }: { children: React.ReactNode }) {
  const hold = useHoldForPanels(2500);
  return <main data-held={hold}>{children}</main>;
}

describe('a page holding its content for its panels', () => {
  it('is held from its first paint until the code arrives, then shows the panel whole', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const { Panel } = lazyPanel(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    render(
      <Page>
        <Panel name="Dee" />
      </Page>,
    );
    expect(screen.getByRole('main')).toHaveAttribute('data-held', 'true');
    await act(async () => arrive(Greeting));
    expect(screen.getByRole('main')).toHaveAttribute('data-held', 'false');
    expect(screen.getByText('Hello Dee')).toBeInTheDocument();
  });

  it('stops waiting after its patience on a slow link, and shows what it has', async () => {
    vi.useFakeTimers();
    const { Panel } = lazyPanel(() => new Promise<typeof Greeting>(() => undefined));
    render(
      <Page>
        <Panel name="Eve" />
      </Page>,
    );
    expect(screen.getByRole('main')).toHaveAttribute('data-held', 'true');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500);
    });
    expect(screen.getByRole('main')).toHaveAttribute('data-held', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });
});
