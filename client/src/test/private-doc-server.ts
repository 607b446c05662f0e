import {
  entryOf,
  fail,
  ok,
  PRIVATE_DOC_KINDS,
  refuseInput,
  type Actor,
  type DocEnvelope,
  type DocKindName,
  type DocOf,
  type PrivateDocKind,
  type WorkshopState,
} from '@common-ground/shared';
import type { FakeSocket } from './fake-socket';

const KINDS: Readonly<Record<string, PrivateDocKind>> = PRIVATE_DOC_KINDS;

/**
 * Plays the server's private documents in component tests, with the shared descriptors' own
 * rules: who may read, what a change does, a version bumped on every change.
 */
export class FakeDocServer {
  private readonly docs = new Map<string, DocEnvelope>();

  constructor(
    socket: FakeSocket,
    private readonly state: WorkshopState,
    private readonly actor: Actor,
    private readonly now: () => number = () => 5,
  ) {
    socket.respond('doc:open', (message) => {
      const { kind, key } = message as { kind: string; key: string };
      return this.readable(kind, key) ? ok(this.envelope(kind, key)) : fail('forbidden', 'doc.notYours');
    });
    socket.respond('doc:list', (message) => {
      const { kind } = message as { kind: string };
      return ok([...this.docs.values()].filter((doc) => doc.kind === kind && this.readable(kind, doc.key)));
    });
    socket.respond('doc:change', (message) => {
      const { kind: name, key, change } = message as { kind: string; key: string; change: unknown };
      const kind = entryOf(KINDS, name);
      if (!kind || !this.readable(name, key)) return fail('forbidden', 'doc.notYours');
      const parsed = kind.changeSchema.safeParse(change);
      if (!parsed.success) return refuseInput(parsed.error);
      const before = this.envelope(name, key);
      const applied = kind.apply(before.doc, parsed.data, {
        state: this.state,
        actor: this.actor,
        key,
        now: this.now(),
      });
      if (!applied.ok) return applied;
      return ok(this.put(name as DocKindName, key, applied.data as DocOf<DocKindName>));
    });
  }

  /** Stores a document as the server would after a change, one version newer. */
  put<K extends DocKindName>(kind: K, key: string, doc: DocOf<K>): DocEnvelope {
    const envelope = { kind, key, version: this.envelope(kind, key).version + 1, doc };
    this.docs.set(`${kind}:${key}`, envelope);
    return envelope;
  }

  doc<K extends DocKindName>(kind: K, key: string): DocOf<K> {
    return this.envelope(kind, key).doc as DocOf<K>;
  }

  private envelope(kind: string, key: string): DocEnvelope {
    const stored = this.docs.get(`${kind}:${key}`);
    return stored ?? { kind, key, version: 0, doc: entryOf(KINDS, kind)?.empty(key) ?? null };
  }

  private readable(kind: string, key: string): boolean {
    return entryOf(KINDS, kind)?.canRead(this.state, this.actor, key) ?? false;
  }
}
