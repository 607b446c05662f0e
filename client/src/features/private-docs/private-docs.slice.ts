import type { DocEnvelope, DocKindName, DocOf } from '@common-ground/shared';
import type { StateCreator } from 'zustand';

/** Where a document lives in the store: its kind and its key. */
export function docId(kind: string, key: string): string {
  return `${kind}:${key}`;
}

/**
 * Every private document this screen may read, of every kind, as the server last sent it. A
 * document is replaced only by a newer version, so an answer or a push that arrives late never
 * undoes a newer one.
 */
export interface PrivateDocsSlice {
  privateDocs: Record<string, DocEnvelope>;
  keepDoc: (envelope: DocEnvelope) => void;
}

export const createPrivateDocsSlice: StateCreator<PrivateDocsSlice> = (set) => ({
  privateDocs: {},
  keepDoc: (envelope) =>
    set((s) => {
      const id = docId(envelope.kind, envelope.key);
      const held = Object.hasOwn(s.privateDocs, id) ? s.privateDocs[id] : undefined;
      if (held && held.version >= envelope.version) return s;
      return { privateDocs: { ...s.privateDocs, [id]: envelope } };
    }),
});

/**
 * The document of `kind` under `key`, as this screen holds it. The server checked it against its
 * kind's schema before sending it, so its type is the kind's.
 */
export function heldDoc<K extends DocKindName>(
  docs: Record<string, DocEnvelope>,
  kind: K,
  key: string | undefined,
): DocOf<K> | undefined {
  if (!key) return undefined;
  const id = docId(kind, key);
  return Object.hasOwn(docs, id) ? (docs[id]?.doc as DocOf<K>) : undefined;
}

/** Every document of `kind` this screen holds (the facilitator's overview). */
export function heldDocsOf<K extends DocKindName>(docs: Record<string, DocEnvelope>, kind: K): Array<DocOf<K>> {
  return Object.values(docs)
    .filter((envelope) => envelope.kind === kind)
    .map((envelope) => envelope.doc as DocOf<K>);
}
