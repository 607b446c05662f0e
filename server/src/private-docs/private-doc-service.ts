import {
  entryOf,
  fail,
  ok,
  refuseInput,
  type Actor,
  type DocEnvelope,
  type DocKindRegistry,
  type PrivateDocKind,
  type Result,
  type WorkshopState,
} from '@common-ground/shared';
import type { PrivateDocStore, StoredDoc } from '../storage/private-doc-store.js';
import type { WorkshopService } from '../workshops/workshop-service.js';

/** An accepted change: the document as it is now, who hears of it, and whether it is a retry. */
export interface DocChanged {
  envelope: DocEnvelope;
  /** Participants to tell, besides the facilitator; empty when nothing changed. */
  audience: string[];
  changed: boolean;
}

/**
 * The one authority over private documents of every kind: finds the kind's descriptor, checks
 * the reader, applies the kind's rules, bumps the version and stores the change with its command
 * id in one transaction (see PrivateDocStore). Nothing here knows what a notebook or an evaluation is.
 */
export class PrivateDocService {
  constructor(
    private readonly store: PrivateDocStore,
    private readonly workshops: WorkshopService,
    private readonly kinds: DocKindRegistry,
    private readonly now: () => number = Date.now,
  ) {}

  async open(code: string, actor: Actor, kindName: string, key: string): Promise<Result<DocEnvelope>> {
    const found = await this.reach(code, actor, kindName, key);
    if (!found.ok) return found;
    return ok(orEmpty(kindName, found.data.kind, key, await this.store.get(code, kindName, key)));
  }

  /** Every stored document of a kind that this reader may read. */
  async list(code: string, actor: Actor, kindName: string): Promise<Result<DocEnvelope[]>> {
    const state = await this.workshops.get(code);
    const kind = entryOf(this.kinds, kindName);
    if (!state || !kind) return fail('not_found', 'doc.unknown');
    const stored = await this.store.list(code, kindName);
    const unwritten = (kind.listedKeys?.(state) ?? [])
      .filter((key) => !stored.some((doc) => doc.key === key))
      .map((key): DocEnvelope => ({ kind: kindName, key, version: 0, doc: kind.empty(key) }));
    const all = [...stored.map((doc) => envelopeOf(kindName, kind, doc)), ...unwritten];
    return ok(all.filter((envelope) => kind.canRead(state, actor, envelope.key)));
  }

  /** Every stored document of a kind, for the workshop's record: no reader is checked here. */
  async all(code: string, kindName: string): Promise<DocEnvelope[]> {
    const kind = entryOf(this.kinds, kindName);
    if (!kind) return [];
    return (await this.store.list(code, kindName)).map((stored) => envelopeOf(kindName, kind, stored));
  }

  /** Keeps a document as an imported record holds it, checked against its kind's schema. */
  keep(code: string, kindName: string, key: string, doc: unknown): Promise<void> {
    const kind = entryOf(this.kinds, kindName);
    if (!kind) throw new Error(`no kind of private document called ${kindName}`);
    return this.store.save(code, kindName, kind.keySchema.parse(key), kind.docSchema.parse(doc));
  }

  async change(
    code: string,
    actor: Actor,
    request: { kind: string; key: string; change: unknown; commandId: string },
  ): Promise<Result<DocChanged>> {
    const found = await this.reach(code, actor, request.kind, request.key);
    if (!found.ok) return found;
    const { kind, state } = found.data;
    const parsed = kind.changeSchema.safeParse(request.change);
    return this.store.update(code, request.kind, request.key, request.commandId, (stored, earlier) => {
      // A retry is answered as it was the first time, whatever it carries now.
      if (earlier !== undefined) {
        return { value: ok({ envelope: earlier as DocEnvelope, audience: [], changed: false }) };
      }
      if (!parsed.success) return { value: refuseInput(parsed.error) };
      const before = orEmpty(request.kind, kind, request.key, stored);
      const applied = kind.apply(before.doc, parsed.data, { state, actor, key: request.key, now: this.now() });
      if (!applied.ok) return { value: applied };
      const changed = JSON.stringify(applied.data) !== JSON.stringify(before.doc);
      const envelope = changed ? { ...before, version: before.version + 1, doc: applied.data } : before;
      return {
        write: { version: envelope.version, doc: envelope.doc, result: envelope },
        value: ok({ envelope, audience: changed ? kind.audience(state, request.key) : [], changed }),
      };
    });
  }

  /** The workshop, the kind, and a key of the right shape that this reader may read. */
  private async reach(
    code: string,
    actor: Actor,
    kindName: string,
    key: string,
  ): Promise<Result<{ state: WorkshopState; kind: PrivateDocKind }>> {
    const state = await this.workshops.get(code);
    const kind = entryOf(this.kinds, kindName);
    if (!state || !kind || !kind.keySchema.safeParse(key).success) {
      return fail('not_found', 'doc.unknown');
    }
    if (!kind.canRead(state, actor, key)) return fail('forbidden', 'doc.notYours');
    return ok({ state, kind });
  }
}

/** The stored document, or the kind's empty one (version 0) when none was written yet. */
function orEmpty(kindName: string, kind: PrivateDocKind, key: string, stored: StoredDoc | undefined): DocEnvelope {
  return stored ? envelopeOf(kindName, kind, stored) : { kind: kindName, key, version: 0, doc: kind.empty(key) };
}

/** A stored document, checked against its kind's schema before anyone sees it. */
function envelopeOf(kindName: string, kind: PrivateDocKind, stored: StoredDoc): DocEnvelope {
  return { kind: kindName, key: stored.key, version: stored.version, doc: kind.docSchema.parse(stored.data) };
}
