/**
 * Requests queued per key (a workshop), run a batch at a time: one batch per key runs at once,
 * and what arrives meanwhile waits for the next. `run` calls `take()` at the last moment (once it
 * holds the workshop's row lock), so a batch holds everything that queued while it waited. A
 * busy workshop costs one connection however many commands it receives.
 */
export class KeyedBatches<R> {
  private readonly waiting = new Map<string, R[]>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    /** Must settle every request it takes, and take them even when it fails. */
    private readonly run: (key: string, take: () => R[]) => Promise<void>,
    private readonly maxBatch: number,
  ) {}

  add(key: string, request: R): void {
    const queue = this.waiting.get(key);
    if (queue) queue.push(request);
    else this.waiting.set(key, [request]);
    if (!this.running.has(key)) this.running.set(key, this.drain(key));
  }

  /** True while a batch of this key runs or waits. */
  busy(key: string): boolean {
    return this.running.has(key);
  }

  /** Resolves once every batch queued so far has run. */
  async drained(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  private async drain(key: string): Promise<void> {
    try {
      while (this.waiting.has(key)) await this.run(key, () => this.take(key));
    } finally {
      this.running.delete(key);
    }
  }

  private take(key: string): R[] {
    const queue = this.waiting.get(key) ?? [];
    if (queue.length <= this.maxBatch) {
      this.waiting.delete(key);
      return queue;
    }
    return queue.splice(0, this.maxBatch);
  }
}
