import { z } from 'zod/mini';
import { displayNameInputSchema, idSchema, workshopStateSchema } from '../domain/core/state.js';
import type { ReasonCode } from './reasons.js';

// A check's message is its reason code (see `refuseInput`), so a refusal carries no sentence.
const JOIN_CODE_MALFORMED: ReasonCode = 'workshop.codeMalformed';
const KEY_MALFORMED: ReasonCode = 'session.keyMalformed';

export const joinCodeSchema = z
  .string()
  .check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9]{4,12}$/, JOIN_CODE_MALFORMED));

/** A secret a browser holds: long, random, never shown to anyone else. */
export const secretSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{32,128}$/, KEY_MALFORMED));

/** Retries carry the same id, so an action sent twice is applied once. */
export const commandIdSchema = z.uuid();

/** How a screen says who it is when it (re)connects. */
export const credentialSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facilitator'), token: secretSchema }),
  z.object({ kind: z.literal('participant'), participantId: idSchema, token: secretSchema }),
  /** The projector's key travels in the projector link's #fragment: the join code alone reads nothing. */
  z.object({ kind: z.literal('projector'), token: secretSchema }),
]);
export type Credential = z.infer<typeof credentialSchema>;

export const sessionJoinSchema = z.object({
  commandId: commandIdSchema,
  code: joinCodeSchema,
  name: displayNameInputSchema,
  /** The rejoin token, made by the browser and kept there; the server stores only its hash. */
  token: secretSchema,
});
export type SessionJoin = z.infer<typeof sessionJoinSchema>;

export const sessionResumeSchema = z.object({
  code: joinCodeSchema,
  credential: credentialSchema,
});
export type SessionResume = z.infer<typeof sessionResumeSchema>;

export const identitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facilitator') }),
  z.object({ kind: z.literal('participant'), participantId: idSchema }),
  z.object({ kind: z.literal('projector') }),
]);
export type Identity = z.infer<typeof identitySchema>;

/** What a screen receives when it enters or re-enters a workshop: who it is and the whole state. */
export const sessionSnapshotSchema = z.object({
  identity: identitySchema,
  state: workshopStateSchema,
  /** The facilitator's alone, so their screen can hand out the projector link after a reload too. */
  projectorToken: z.optional(secretSchema),
});
export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;

/** Who has a screen open right now. Volatile: never stored. */
export const presenceSchema = z.object({
  participantIds: z.array(idSchema),
  facilitator: z.boolean(),
  projectors: z.number().check(z.int(), z.nonnegative()),
});
export type Presence = z.infer<typeof presenceSchema>;
