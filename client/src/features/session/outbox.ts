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
  /** A read changes nothing, so it is not one of the changes the screen says it is sending. */
  isChange: boolean;
  inFlight: boolean;
  /** Counts sends, so a late timeout of an earlier send cannot interrupt a newer one. */
  attempt: number;
  settled: boolean;
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

  enqueue<T>(needsSession: boolean, emit: () => Promise<Result<T>>, isChange = true): Promise<Result<T>> {
    return new Promise<Result<T>>((resolve) => {
      const entry: Entry = {
        emit,
        resolve: resolve as Entry['resolve'],
        needsSession,
        isChange,
        inFlight: false,
        attempt: 0,
        settled: false,
      };
      this.entries.add(entry);
      this.countChanged();
      this.send(entry);
    });
  }

  /** Sends whatever is waiting; called when the connection or the session comes back. */
  flush(): void {
    for (const entry of this.entries) this.send(entry);
  }

  /** The connection dropped: answers to what was in flight are lost, so send it all again later. */
  connectionLost(): void {
    for (const entry of this.entries) entry.inFlight = false;
  }

  /** Gives up on everything still waiting, e.g. when the page closes the workshop. */
  clear(error: AppError): void {
    clearTimeout(this.retryTimer);
    for (const entry of this.entries) {
      entry.settled = true;
      entry.resolve({ ok: false, error });
    }
    this.entries.clear();
    this.onCountChange(0);
  }

  /** Tells the screen how many changes still wait for the server; reads are kept but not counted. */
  private countChanged(): void {
    let changes = 0;
    for (const entry of this.entries) if (entry.isChange) changes++;
    this.onCountChange(changes);
  }

  private send(entry: Entry): void {
    if (entry.inFlight || !this.canSend(entry.needsSession)) return;
    entry.inFlight = true;
    const attempt = ++entry.attempt;
    entry.emit().then(
      (result) => {
        if (entry.settled) return;
        entry.settled = true;
        this.entries.delete(entry);
        this.countChanged();
        entry.resolve(result);
      },
      () => {
        if (entry.settled || entry.attempt !== attempt) return;
        // No answer in time: keep it and try again, the same command id makes that safe.
        entry.inFlight = false;
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => this.flush(), RETRY_DELAY_MS);
      },
    );
  }
}
