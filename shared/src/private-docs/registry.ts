import type { z } from 'zod/mini';
import type { PrivateDocKind } from './doc-kind.js';
import { evaluationDoc, reflectionDoc } from '../domain/evaluation/evaluation.doc.js';
import { followUpDoc } from '../domain/follow-up/follow-up.doc.js';
import { notebookDoc } from '../domain/notebook/notebook.doc.js';

/** Every kind of private document the product has, by the name it travels under. */
export const PRIVATE_DOC_KINDS = {
  notebook: notebookDoc,
  followup: followUpDoc,
  evaluation: evaluationDoc,
  reflection: reflectionDoc,
} as const;

export type DocKindName = keyof typeof PRIVATE_DOC_KINDS;

/** What a kind's document is, and what a change to it looks like as a client sends it. */
export type DocOf<K extends DocKindName> = z.output<(typeof PRIVATE_DOC_KINDS)[K]['docSchema']>;
export type DocChangeInput<K extends DocKindName> = z.input<(typeof PRIVATE_DOC_KINDS)[K]['changeSchema']>;

/** A registry of kinds; the server takes one (the product's, or a test's with more). */
export type DocKindRegistry = Readonly<Record<string, PrivateDocKind>>;
