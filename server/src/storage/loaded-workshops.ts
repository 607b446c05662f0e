import type { WorkshopState } from '@common-ground/shared';
import type { Logger } from '../logger.js';
import type { WorkshopRepository } from './workshop-repository.js';
import type { UnreadableWorkshop } from './workshop-store.js';

/** A workshop held in memory: the authority's working copy, ahead of the disk until its commit. */
export interface LiveWorkshop {
  state: WorkshopState;
  facilitatorTokenHash: string;
  /** When anything last asked for it, by the service's clock. */
  lastUsed: number;
}

/** Ten minutes: a coffee break with every screen closed does not cost a reload, a finished workshop soon goes. */
export const DEFAULT_IDLE_MS = 10 * 60_000;

/**
 * The workshops in memory: read from the database on first use, let go once idle. Memory and
 * start-up then grow with the workshops in use, not with every workshop ever stored.
 *
 * A workshop is only let go when dropping it loses nothing: no screen holds it, it has no
 * change waiting for the group commit (memory would be the only copy), nothing says it must
 * stay (a clock that will move by itself), and nobody has used it for `idleMs`.
 */
export class LoadedWorkshops {
  private readonly live = new Map<string, LiveWorkshop>();
  /** Open screens per workshop (see hold/release). */
  private readonly holds = new Map<string, number>();
  /** Codes whose stored state did not read, and why: reported once, and not read again. */
  private readonly unreadable = new Map<string, string>();

  constructor(
    private readonly repository: WorkshopRepository,
    private readonly now: () => number,
    private readonly options: { idleMs: number; log: Logger | undefined },
  ) {}

  /** The workshop, read from the database if it is not in memory yet; undefined when unknown or unreadable. */
  get(code: string): LiveWorkshop | undefined {
    const held = this.live.get(code) ?? this.load(code);
    if (held) held.lastUsed = this.now();
    return held;
  }

  /** A workshop just created (and stored). */
  add(state: WorkshopState, facilitatorTokenHash: string): void {
    this.live.set(state.code, { state, facilitatorTokenHash, lastUsed: this.now() });
  }

  /** A screen entered the workshop: it stays in memory until every screen has left. */
  hold(code: string): void {
    this.holds.set(code, (this.holds.get(code) ?? 0) + 1);
  }

  release(code: string): void {
    const count = (this.holds.get(code) ?? 0) - 1;
    if (count > 0) this.holds.set(code, count);
    else this.holds.delete(code);
    // The idle time starts when the last screen leaves, not when it last sent something.
    const held = this.live.get(code);
    if (held) held.lastUsed = this.now();
  }

  /** Lets go of every workshop that may go (see the class comment); returns how many went. */
  evictIdle(mustStay: (state: WorkshopState) => boolean): number {
    const before = this.now() - this.options.idleMs;
    let evicted = 0;
    for (const [code, workshop] of this.live) {
      if (workshop.lastUsed > before || this.holds.has(code)) continue;
      if (this.repository.hasUnwritten(code) || mustStay(workshop.state)) continue;
      this.live.delete(code);
      evicted += 1;
    }
    return evicted;
  }

  get size(): number {
    return this.live.size;
  }

  /** Every stored workshop found unreadable so far (they are only read when asked for). */
  unreadableSeen(): UnreadableWorkshop[] {
    return [...this.unreadable].map(([code, reason]) => ({ code, reason }));
  }

  private load(code: string): LiveWorkshop | undefined {
    if (this.unreadable.has(code)) return undefined;
    const row = this.repository.load(code);
    if (row.status === 'missing') return undefined;
    if (row.status === 'unreadable') {
      this.unreadable.set(code, row.reason);
      this.options.log?.error(
        { code, reason: row.reason },
        'a stored workshop could not be read: treated as unknown, and kept in the database for inspection',
      );
      return undefined;
    }
    const workshop = { ...row.workshop, lastUsed: this.now() };
    this.live.set(code, workshop);
    return workshop;
  }
}
