import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@common-ground/shared';

/** 32 random bytes: far beyond guessing, and safe in a URL fragment. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are stored only as hashes, so a copied database grants nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * The projector key, derived from the facilitator key with HMAC-SHA256. The server stores
 * neither key, only their hashes; deriving lets it give the facilitator the projector link
 * again at every resume (they hold the facilitator key then). The projector key is one-way:
 * it reveals nothing of the facilitator key.
 */
export function projectorKeyFor(facilitatorToken: string): string {
  return createHmac('sha256', facilitatorToken).update('common-ground projector key v1').digest('base64url');
}

export function secretMatches(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
