/** A private document as stored: its key, its version, and its data not yet checked. */
export interface StoredDoc {
  key: string;
  version: number;
  data: unknown;
}

/** What a change to a document decided: the document to write (nothing when refused or a retry) and the answer. */
export interface DocDecision<T> {
  write?: { version: number; doc: unknown; result: unknown };
  value: T;
}

/**
 * Every private document of every kind, one row each, versioned; SQLite or PostgreSQL behind the
 * same interface (see WorkshopStore).
 */
export interface PrivateDocStore {
  get(code: string, kind: string, key: string): Promise<StoredDoc | undefined>;
  /** In the order they were first written, so lists and summaries read the same every time. */
  list(code: string, kind: string): Promise<StoredDoc[]>;
  /**
   * Decides a change to one document with every other writer of it held off, in every process:
   * `decide` runs once on the stored document and sees `earlier`, the answer already given to
   * `commandId`. The document and that answer are written in one transaction, so a retry of the
   * same command finds the answer and changes nothing. Resolves once durable.
   */
  update<T>(
    code: string,
    kind: string,
    key: string,
    commandId: string,
    decide: (current: StoredDoc | undefined, earlier: unknown) => DocDecision<T>,
  ): Promise<T>;
  /** Keeps a document as it is (an imported record's), with no command behind it. */
  save(code: string, kind: string, key: string, doc: unknown): Promise<void>;
}
