import type { WorkshopState } from '@common-ground/shared';
import type { Logger } from '../logger.js';
import { WorkshopCopies } from './workshop-copies.js';
import type { WorkshopRepository } from './workshop-repository.js';
import type { UnreadableWorkshop, WorkshopRecord } from './workshop-store.js';

/**
 * The workshops in memory on SQLite, where memory is the authority: read from the database on
 * first use (the copy is then changed in place by each commit), let go once idle
 * (WorkshopCopies). A workshop with a change waiting for the group commit stays: memory is then
 * its only copy.
 */
export class LoadedWorkshops {
  private readonly copies: WorkshopCopies;

  constructor(
    private readonly repository: WorkshopRepository,
    now: () => number,
    options: { idleMs: number; log: Logger | undefined },
  ) {
    this.copies = new WorkshopCopies(now, options.idleMs, options.log);
  }

  /** The workshop, read from the database if it is not in memory yet; undefined when unknown or unreadable. */
  get(code: string): WorkshopRecord | undefined {
    return this.copies.get(code) ?? this.load(code);
  }

  /** A workshop just created (and stored). */
  add(state: WorkshopState, facilitatorTokenHash: string): void {
    this.copies.keep(state.code, { state, facilitatorTokenHash });
  }

  /** A screen entered the workshop: it stays in memory until every screen has left. */
  hold(code: string): void {
    this.copies.hold(code);
  }

  release(code: string): void {
    this.copies.release(code);
  }

  /** Lets go of every workshop that may go; returns how many went. */
  evictIdle(mustStay: (state: WorkshopState) => boolean): number {
    return this.copies.evictIdle((code, state) => this.repository.hasUnwritten(code) || mustStay(state));
  }

  get size(): number {
    return this.copies.size;
  }

  /** Every stored workshop found unreadable so far (they are only read when asked for). */
  unreadableSeen(): UnreadableWorkshop[] {
    return this.copies.unreadableSeen();
  }

  private load(code: string): WorkshopRecord | undefined {
    if (this.copies.isUnreadable(code)) return undefined;
    const row = this.repository.load(code);
    if (row.status === 'missing') return undefined;
    if (row.status === 'unreadable') {
      this.copies.markUnreadable(code, row.reason);
      return undefined;
    }
    return this.copies.keep(code, row.workshop);
  }
}
