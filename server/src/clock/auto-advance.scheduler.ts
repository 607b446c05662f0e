import type { SequencedEvent } from '@common-ground/shared';
import type { WorkshopService } from '../workshops/workshop-service.js';

/**
 * One timer per workshop, set for its next sub-phase boundary. The boundary itself is computed
 * from the persisted clock, so a late timer or a restart only delays the broadcast; the new
 * sub-phase still starts at the boundary to the millisecond.
 */
export class AutoAdvanceScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly service: WorkshopService,
    private readonly onAdvanced: (code: string, events: SequencedEvent[]) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * After a restart: catch up every workshop whose boundaries passed while the server was down.
   * Only the workshops whose clock may move by itself are read; each one with a boundary still
   * ahead then stays in memory for its timer (see WorkshopService.evictIdle).
   */
  start(): void {
    for (const code of this.service.codesWithClockThatMayAdvance()) this.reschedule(code);
  }

  reschedule(code: string): void {
    clearTimeout(this.timers.get(code));
    this.timers.delete(code);
    const at = this.service.nextBoundary(code);
    if (at === null) return;
    const timer = setTimeout(() => this.fire(code), Math.max(0, at - this.now()));
    timer.unref?.();
    this.timers.set(code, timer);
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private fire(code: string): void {
    this.timers.delete(code);
    const events = this.service.advanceDue(code);
    // On disk before anyone hears of it, like every other change. A boundary passes a few
    // times an hour: a commit of its own costs nothing and keeps the broadcast in this turn.
    this.service.flush();
    if (events.length > 0) this.onAdvanced(code, events);
    this.reschedule(code);
  }
}
