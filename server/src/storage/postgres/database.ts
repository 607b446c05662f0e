import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';

/**
 * The pool both stores share, with what a clean stop needs: `end()` lets every query and
 * transaction under way finish (pg's own end() would leave a caller still waiting for a
 * connection waiting forever), refuses new ones, then closes the connections.
 */
export class PostgresDatabase {
  private inFlight = 0;
  private settled: (() => void) | undefined;
  private ending: Promise<void> | undefined;

  constructor(private readonly pool: Pool) {}

  query<R extends QueryResultRow>(text: string, values: unknown[]): Promise<QueryResult<R>> {
    return this.track(() => this.pool.query<R>(text, values));
  }

  /**
   * Runs `work` in a transaction on a connection of its own: committed when it resolves, rolled
   * back when it throws (and the error passed on). A connection whose rollback fails too is
   * broken (the network, a restarted server): it is destroyed, not handed to the next caller.
   */
  transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return this.track(async () => {
      const client = await this.pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    });
  }

  /** Waits for what is under way, then closes every connection; the same promise each time. */
  end(): Promise<void> {
    this.ending ??= (async () => {
      if (this.inFlight > 0) await new Promise<void>((resolve) => (this.settled = resolve));
      await this.pool.end();
    })();
    return this.ending;
  }

  private async track<T>(work: () => Promise<T>): Promise<T> {
    if (this.ending) throw new Error('the PostgreSQL store is closed');
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.settled?.();
    }
  }
}
