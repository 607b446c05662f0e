import type { AppError, Result } from '@common-ground/shared';
import { SendPace } from './send-pace';

/** How long to wait for the server's answer before trying again. */
export const ACK_TIMEOUT_MS = 5000;
const RETRY_DELAY_MS = 1000;
/**
 * At most this many requests wait for an answer at once. A hundred changes typed offline then
 * go out a few at a time, so their answers fit in the ack timeout even on a slow link.
 */
const MAX_IN_FLIGHT = 8;

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
 * What waits goes out in the order it was made, paced within the server's per-person budget;
 * an action refused for the rate is kept and sent again after the wait the server asked for,
 * so only a real refusal ever reaches the caller.
 */
export class Outbox {
  private readonly entries = new Set<Entry>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryAt = 0;
  private readonly pace: SendPace;

  constructor(
    private readonly canSend: (needsSession: boolean) => boolean,
    private readonly onCountChange: (count: number) => void,
  ) {
    this.pace = new SendPace();
  }

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
      this.flush();
    });
  }

  /** Sends whatever is waiting, in order, as far as the pace allows; called when the link is back. */
  flush(): void {
    // Counted afresh each time: an answer to an earlier attempt may settle an entry whose
    // newer attempt is still out, and a running count would drift and stall the queue.
    let inFlight = 0;
    for (const entry of this.entries) if (entry.inFlight) inFlight++;
    for (const entry of this.entries) {
      if (entry.inFlight || !this.canSend(entry.needsSession)) continue;
      if (inFlight >= MAX_IN_FLIGHT) return;
      const wait = this.pace.wait();
      if (wait > 0) return this.retryIn(wait);
      this.send(entry);
      inFlight++;
    }
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
    entry.inFlight = true;
    this.pace.take();
    const attempt = ++entry.attempt;
    // False for an answer to an earlier attempt (written off by connectionLost, or resent since).
    const landed = () => {
      if (entry.attempt !== attempt || !entry.inFlight) return false;
      entry.inFlight = false;
      return true;
    };
    entry.emit().then(
      (result) => {
        if (entry.settled) return;
        const current = landed();
        if (!result.ok && result.error.code === 'rate_limited') {
          // Not applied: the server asks for a pause. Everything waits, since the budget is the person's.
          this.pace.pause(result.error.retryAfterMs ?? RETRY_DELAY_MS);
          if (current || !entry.inFlight) this.retryIn(this.pace.wait());
          return;
        }
        // Any attempt's answer is the answer: every attempt carried the same command id.
        entry.settled = true;
        entry.inFlight = false;
        this.entries.delete(entry);
        this.countChanged();
        entry.resolve(result);
        this.flush();
      },
      () => {
        if (entry.settled || !landed()) return;
        // No answer in time: keep it and try again, the same command id makes that safe.
        this.retryIn(RETRY_DELAY_MS);
      },
    );
  }

  /** One timer for the next flush; an earlier call wins over a later one. */
  private retryIn(ms: number): void {
    const at = Date.now() + ms;
    if (this.retryTimer !== undefined && this.retryAt <= at && this.retryAt > Date.now()) return;
    clearTimeout(this.retryTimer);
    this.retryAt = at;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.flush();
    }, ms);
  }
}
