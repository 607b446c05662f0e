import type { PrivateDocRepository } from './private-doc-repository.js';
import type { DocDecision, PrivateDocStore, StoredDoc } from './private-doc-store.js';

/**
 * Private documents in one process on SQLite: nothing else writes them, so a change is decided
 * and written at once, the document and its command's answer in one transaction.
 */
export class SqlitePrivateDocStore implements PrivateDocStore {
  constructor(private readonly repository: PrivateDocRepository) {}

  get(code: string, kind: string, key: string): Promise<StoredDoc | undefined> {
    return Promise.resolve(this.repository.get(code, kind, key));
  }

  list(code: string, kind: string): Promise<StoredDoc[]> {
    return Promise.resolve(this.repository.list(code, kind));
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
    if (write) this.repository.commit({ code, kind, key, commandId, ...write });
    return Promise.resolve(value);
  }

  save(code: string, kind: string, key: string, doc: unknown): Promise<void> {
    this.repository.save(code, kind, key, doc);
    return Promise.resolve();
  }
}
