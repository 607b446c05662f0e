import type { AppError, Result } from '@common-ground/shared';

/** How long to wait for the server's answer before trying again. */
export const ACK_TIMEOUT_MS = 5000;
const RETRY_DELAY_MS = 1000;

type Emit = () => Promise<Result<unknown>>;

interface Entry {
  emit: Emit;
  resolve: (result: Result<unknown>) => void;
  /** Commands wait for the session; joining only needs a connection. */
  needsSession: boolean;
  inFlight: boolean;
}

/**
 * Keeps every action until the server has answered it. An action sent while offline, or whose
 * answer was lost, is sent again with the same command id, and the server applies it once.
 */
export class Outbox {
  private readonly entries = new Set<Entry>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly canSend: (needsSession: boolean) => boolean,
    private readonly onCountChange: (count: number) => void,
  ) {}

  enqueue<T>(needsSession: boolean, emit: () => Promise<Result<T>>): Promise<Result<T>> {
    return new Promise<Result<T>>((resolve) => {
      const entry: Entry = { emit, resolve: resolve as Entry['resolve'], needsSession, inFlight: false };
      this.entries.add(entry);
      this.onCountChange(this.entries.size);
      this.send(entry);
    });
  }

  /** Sends whatever is waiting; called when the connection or the session comes back. */
  flush(): void {
    for (const entry of this.entries) this.send(entry);
  }

  /** Gives up on everything still waiting, e.g. when the page closes the workshop. */
  clear(error: AppError): void {
    clearTimeout(this.retryTimer);
    for (const entry of this.entries) entry.resolve({ ok: false, error });
    this.entries.clear();
    this.onCountChange(0);
  }

  private send(entry: Entry): void {
    if (entry.inFlight || !this.canSend(entry.needsSession)) return;
    entry.inFlight = true;
    entry.emit().then(
      (result) => {
        this.entries.delete(entry);
        this.onCountChange(this.entries.size);
        entry.resolve(result);
      },
      () => {
        // No answer in time: keep it and try again, the same command id makes that safe.
        entry.inFlight = false;
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => this.flush(), RETRY_DELAY_MS);
      },
    );
  }
}
