import type { WorkshopState } from '@common-ground/shared';
import type { Logger } from '../logger.js';
import type { UnreadableWorkshop, WorkshopRecord } from './workshop-store.js';

interface Cached {
  record: WorkshopRecord;
  /** When anything last asked for it, by the store's clock. */
  lastUsed: number;
}

/** Ten minutes: a coffee break with every screen closed does not cost a reload, a finished workshop soon goes. */
export const DEFAULT_IDLE_MS = 10 * 60_000;

/**
 * A process's copies of the workshops it serves, for both stores: on SQLite the copy is the
 * authority (LoadedWorkshops), on PostgreSQL it only spares parsing the state again while the
 * stored seq is still the copy's. Memory then grows with the workshops in use, not with every
 * workshop ever stored: a copy stays while a screen holds it or while the store says it must,
 * and goes once nobody used it for `idleMs`. A stored state that does not read is reported once.
 */
export class WorkshopCopies {
  private readonly copies = new Map<string, Cached>();
  /** Open screens per workshop (see hold/release). */
  private readonly holds = new Map<string, number>();
  /** Codes whose stored state did not read, and why: reported once, and not read again. */
  private readonly unreadable = new Map<string, string>();

  constructor(
    private readonly now: () => number,
    private readonly idleMs: number,
    private readonly log: Logger | undefined,
  ) {}

  /** The copy, marked as used; undefined when there is none. */
  get(code: string): WorkshopRecord | undefined {
    const copy = this.copies.get(code);
    if (copy) copy.lastUsed = this.now();
    return copy?.record;
  }

  /** The seq of the copy, to ask the database for the state only when it has moved on. */
  seqOf(code: string): number | undefined {
    return this.copies.get(code)?.record.state.seq;
  }

  /** Keeps what was just read or committed, unless the copy is already newer (an overtaken read). */
  keep(code: string, record: WorkshopRecord): WorkshopRecord {
    const copy = this.copies.get(code);
    if (copy && copy.record.state.seq > record.state.seq) {
      copy.lastUsed = this.now();
      return copy.record;
    }
    this.copies.set(code, { record, lastUsed: this.now() });
    return record;
  }

  /** Forgets the copy: after a failed commit, when nobody knows what the database holds. */
  drop(code: string): void {
    this.copies.delete(code);
  }

  hold(code: string): void {
    this.holds.set(code, (this.holds.get(code) ?? 0) + 1);
  }

  release(code: string): void {
    const count = (this.holds.get(code) ?? 0) - 1;
    if (count > 0) this.holds.set(code, count);
    else this.holds.delete(code);
    // The idle time starts when the last screen leaves, not when it last sent something.
    const copy = this.copies.get(code);
    if (copy) copy.lastUsed = this.now();
  }

  /**
   * Lets go of every copy nobody holds or used for the idle time, unless `mustStay` says it must
   * stay (a change not yet written, a clock that will move by itself). Returns how many went.
   */
  evictIdle(mustStay: (code: string, state: WorkshopState) => boolean): number {
    const before = this.now() - this.idleMs;
    let evicted = 0;
    for (const [code, copy] of this.copies) {
      if (copy.lastUsed > before || this.holds.has(code) || mustStay(code, copy.record.state)) continue;
      this.copies.delete(code);
      evicted += 1;
    }
    return evicted;
  }

  get size(): number {
    return this.copies.size;
  }

  isUnreadable(code: string): boolean {
    return this.unreadable.has(code);
  }

  /** Reports a stored workshop that did not read, once, and treats it as unknown from now on. */
  markUnreadable(code: string, reason: string): void {
    if (this.unreadable.has(code)) return;
    this.unreadable.set(code, reason);
    this.copies.delete(code);
    this.log?.error(
      { code, reason },
      'a stored workshop could not be read: treated as unknown, and kept in the database for inspection',
    );
  }

  unreadableSeen(): UnreadableWorkshop[] {
    return [...this.unreadable].map(([code, reason]) => ({ code, reason }));
  }
}
