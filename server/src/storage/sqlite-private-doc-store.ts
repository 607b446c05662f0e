import type { PrivateDocRepository } from './private-doc-repository.js';
import type { DocDecision, PrivateDocStore, StoredDoc } from './private-doc-store.js';

/**
 * Private documents in one process on SQLite: nothing else writes them, so a change is decided
 * and written at once, the document and its command's answer in one transaction. Nothing read or
 * decided here is told before the writes it saw are on disk (see WalSync).
 */
export class SqlitePrivateDocStore implements PrivateDocStore {
  constructor(private readonly repository: PrivateDocRepository) {}

  get(code: string, kind: string, key: string): Promise<StoredDoc | undefined> {
    const doc = this.repository.get(code, kind, key);
    return this.repository.settled().then(() => doc);
  }

  list(code: string, kind: string): Promise<StoredDoc[]> {
    const docs = this.repository.list(code, kind);
    return this.repository.settled().then(() => docs);
  }

  update<T>(
    code: string,
    kind: string,
    key: string,
    commandId: string,
    decide: (current: StoredDoc | undefined, earlier: unknown) => DocDecision<T>,
  ): Promise<T> {
    const earlier = this.repository.findCommandResult(code, commandId);
    const { write, value } = decide(this.repository.get(code, kind, key), earlier);
    // A retry's earlier answer may still be on its way to the disk: it waits like the first.
    const durable = write
      ? this.repository.commit({ code, kind, key, commandId, ...write })
      : this.repository.settled();
    return durable.then(() => value);
  }

  save(code: string, kind: string, key: string, doc: unknown): Promise<void> {
    return this.repository.save(code, kind, key, doc);
  }
}
