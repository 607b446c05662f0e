import type { SequencedEvent } from '@common-ground/shared';
import type { WorkshopService } from '../workshops/workshop-service.js';

/**
 * One timer per workshop, set for its next sub-phase boundary. The boundary itself is computed
 * from the persisted clock, so a late timer or a restart only delays the broadcast; the new
 * sub-phase still starts at the boundary to the millisecond.
 */
export class AutoAdvanceScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** How many reschedules of each workshop are waiting for its clock to be read. */
  private readonly asked = new Map<string, number>();
  private stopped = false;

  constructor(
    private readonly service: WorkshopService,
    private readonly onAdvanced: (code: string, events: SequencedEvent[]) => void,
    private readonly now: () => number = Date.now,
    private readonly onFailed: (code: string, error: unknown) => void = () => undefined,
  ) {}

  /**
   * After a restart: catch up every workshop whose boundaries passed while the server was down.
   * Only the workshops whose clock may move by itself are read; each one with a boundary still
   * ahead then stays in memory for its timer (see WorkshopService.evictIdle).
   */
  async start(): Promise<void> {
    const codes = await this.service.codesWithClockThatMayAdvance();
    await Promise.all(codes.map((code) => this.reschedule(code)));
  }

  /** Sets the workshop's timer from its clock as now stored (by this process or another). */
  async reschedule(code: string): Promise<void> {
    const asked = (this.asked.get(code) ?? 0) + 1;
    this.asked.set(code, asked);
    const at = await this.service.nextBoundary(code);
    // Only the latest ask sets the timer: an earlier one may have read an older clock.
    if (this.asked.get(code) !== asked) return;
    this.setTimer(code, at);
  }

  /**
   * Sets the workshop's timer for `at` (none when null), known without reading the workshop: a
   * command's own outcome. A read still on its way is then older, and is ignored.
   */
  setTimer(code: string, at: number | null): void {
    this.asked.delete(code);
    if (this.stopped) return;
    clearTimeout(this.timers.get(code));
    this.timers.delete(code);
    if (at === null) return;
    const timer = setTimeout(() => void this.fire(code), Math.max(0, at - this.now()));
    timer.unref?.();
    this.timers.set(code, timer);
  }

  /**
   * A screen entered this workshop here: set its timer if this process has none. In a cluster,
   * the process that had it may have died, and its screens come here.
   */
  watch(code: string, at: number | null): void {
    if (!this.timers.has(code) && !this.asked.has(code)) this.setTimer(code, at);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async fire(code: string): Promise<void> {
    this.timers.delete(code);
    try {
      // On disk before anyone hears of it, like every other change.
      const events = await this.service.advanceDue(code);
      if (events.length > 0) this.onAdvanced(code, events);
    } catch (error) {
      // The next command or the next timer applies the boundary instead.
      this.onFailed(code, error);
    }
    if (!this.stopped) await this.reschedule(code);
  }
}
