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
import type { PrivateDocRepository, StoredDoc } from '../storage/private-doc-repository.js';
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
 * id in one transaction. Nothing here knows what a notebook or an evaluation is.
 */
export class PrivateDocService {
  constructor(
    private readonly repository: PrivateDocRepository,
    private readonly workshops: WorkshopService,
    private readonly kinds: DocKindRegistry,
    private readonly now: () => number = Date.now,
  ) {}

  open(code: string, actor: Actor, kindName: string, key: string): Result<DocEnvelope> {
    const found = this.reach(code, actor, kindName, key);
    if (!found.ok) return found;
    return ok(this.current(code, kindName, found.data.kind, key));
  }

  /** Every stored document of a kind that this reader may read. */
  list(code: string, actor: Actor, kindName: string): Result<DocEnvelope[]> {
    const state = this.workshops.get(code);
    const kind = entryOf(this.kinds, kindName);
    if (!state || !kind) return fail('not_found', 'doc.unknown');
    const stored = this.repository.list(code, kindName);
    const unwritten = (kind.listedKeys?.(state) ?? [])
      .filter((key) => !stored.some((doc) => doc.key === key))
      .map((key): DocEnvelope => ({ kind: kindName, key, version: 0, doc: kind.empty(key) }));
    const all = [...stored.map((doc) => envelopeOf(kindName, kind, doc)), ...unwritten];
    return ok(all.filter((envelope) => kind.canRead(state, actor, envelope.key)));
  }

  /** Every stored document of a kind, for the workshop's record: no reader is checked here. */
  all(code: string, kindName: string): DocEnvelope[] {
    const kind = entryOf(this.kinds, kindName);
    return kind ? this.repository.list(code, kindName).map((stored) => envelopeOf(kindName, kind, stored)) : [];
  }

  /** Keeps a document as an imported record holds it, checked against its kind's schema. */
  keep(code: string, kindName: string, key: string, doc: unknown): void {
    const kind = entryOf(this.kinds, kindName);
    if (!kind) throw new Error(`no kind of private document called ${kindName}`);
    this.repository.save(code, kindName, kind.keySchema.parse(key), kind.docSchema.parse(doc));
  }

  change(
    code: string,
    actor: Actor,
    request: { kind: string; key: string; change: unknown; commandId: string },
  ): Result<DocChanged> {
    const found = this.reach(code, actor, request.kind, request.key);
    if (!found.ok) return found;
    const { kind, state } = found.data;
    const earlier = this.repository.findCommandResult(code, request.commandId);
    if (earlier !== undefined) return ok({ envelope: earlier as DocEnvelope, audience: [], changed: false });

    const parsed = kind.changeSchema.safeParse(request.change);
    if (!parsed.success) return refuseInput(parsed.error);
    const before = this.current(code, request.kind, kind, request.key);
    const applied = kind.apply(before.doc, parsed.data, { state, actor, key: request.key, now: this.now() });
    if (!applied.ok) return applied;
    const changed = JSON.stringify(applied.data) !== JSON.stringify(before.doc);
    const envelope = changed ? { ...before, version: before.version + 1, doc: applied.data } : before;
    this.repository.commit({ code, ...request, version: envelope.version, doc: envelope.doc, result: envelope });
    return ok({ envelope, audience: changed ? kind.audience(state, request.key) : [], changed });
  }

  /** The workshop, the kind, and a key of the right shape that this reader may read. */
  private reach(
    code: string,
    actor: Actor,
    kindName: string,
    key: string,
  ): Result<{ state: WorkshopState; kind: PrivateDocKind }> {
    const state = this.workshops.get(code);
    const kind = entryOf(this.kinds, kindName);
    if (!state || !kind || !kind.keySchema.safeParse(key).success) {
      return fail('not_found', 'doc.unknown');
    }
    if (!kind.canRead(state, actor, key)) return fail('forbidden', 'doc.notYours');
    return ok({ state, kind });
  }

  private current(code: string, kindName: string, kind: PrivateDocKind, key: string): DocEnvelope {
    const stored = this.repository.get(code, kindName, key);
    return stored ? envelopeOf(kindName, kind, stored) : { kind: kindName, key, version: 0, doc: kind.empty(key) };
  }
}

/** A stored document, checked against its kind's schema before anyone sees it. */
function envelopeOf(kindName: string, kind: PrivateDocKind, stored: StoredDoc): DocEnvelope {
  return { kind: kindName, key: stored.key, version: stored.version, doc: kind.docSchema.parse(stored.data) };
}
