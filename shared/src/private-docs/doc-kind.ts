import type { z } from 'zod/mini';
import type { Result } from '../protocol/errors.js';
import type { Actor } from '../domain/core/actor.js';
import type { WorkshopState } from '../domain/core/state.js';

/** What a change is decided against: the workshop as it is now, who asks, and when. */
export interface DocChangeContext {
  state: WorkshopState;
  actor: Actor;
  key: string;
  now: number;
}

/**
 * One kind of private document, described once: what it holds, how it is keyed, who may read
 * it, what a change does and who hears of it. The server stores, versions and delivers every
 * kind the same way (one handler, one table), and the client keeps them in one slice: a new
 * private feature is a new descriptor and its domain rules, nothing else.
 *
 * Methods use method syntax on purpose: a registry holds kinds of different documents side by
 * side, and method parameters compare bivariantly, so each kind keeps its own precise types.
 */
export interface PrivateDocKind<Doc = unknown, Change = unknown, ChangeInput = Change> {
  /** The document as stored and sent. */
  readonly docSchema: z.ZodMiniType<Doc>;
  /** A change as a client sends it (`ChangeInput`) and as `apply` receives it (`Change`). */
  readonly changeSchema: z.ZodMiniType<Change, ChangeInput>;
  /** The shape of a key: a pair's id, a participant's id ... */
  readonly keySchema: z.ZodMiniType<string>;
  /** The document before anyone wrote in it. */
  empty(key: string): Doc;
  /** Whether `actor` may read the document under `key`, and so hear of its changes. */
  canRead(state: WorkshopState, actor: Actor, key: string): boolean;
  /**
   * Applies a change or refuses it. Only a reader of the document gets this far (the server checks
   * `canRead` first); who among them may change what is decided here, not in the server.
   */
  apply(doc: Doc, change: Change, ctx: DocChangeContext): Result<Doc>;
  /** Keys a list shows even before anyone wrote in them (every current pair's notebook). */
  listedKeys?(state: WorkshopState): string[];
  /** The participants who hear of a change, besides the facilitator, who hears of every one. */
  audience(state: WorkshopState, key: string): string[];
}

/** Declares a kind with its types inferred from its schemas. */
export function definePrivateDocKind<Doc, Change, ChangeInput>(
  kind: PrivateDocKind<Doc, Change, ChangeInput>,
): PrivateDocKind<Doc, Change, ChangeInput> {
  return kind;
}

/** A document as it travels: which one, how many times it has changed, and what it holds. */
export interface DocEnvelope<Doc = unknown> {
  kind: string;
  key: string;
  /** Bumped on every change that changed something; 0 before the first. */
  version: number;
  doc: Doc;
}
