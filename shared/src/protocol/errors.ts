import type { ReasonCode } from './reasons.js';

/**
 * The closed set of kinds of refusal. The code says what kind (and drives behaviour: retry,
 * sign in again); the reason says which situation, for the words a person reads.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'unauthorized',
  'forbidden',
  'rate_limited',
  'not_in_session',
  'conflict',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a refusal may interpolate: a limit, a count, a field's path. Never a secret. */
export type ReasonParams = Record<string, string | number>;

export interface AppError {
  code: ErrorCode;
  reason: ReasonCode;
  params?: ReasonParams;
  /** With `rate_limited`: how long to wait before sending again. */
  retryAfterMs?: number;
}

/** The one result type for every acknowledgement and every domain decision. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

/** A refusal: the kind, the situation, and whatever its words need filled in. */
export function fail<T = never>(code: ErrorCode, reason: ReasonCode, params?: ReasonParams): Result<T> {
  return { ok: false, error: params ? { code, reason, params } : { code, reason } };
}

/** Refused for the rate, saying how long to wait, so a well-behaved client paces its resend. */
export function rateLimited<T = never>(retryAfterMs: number): Result<T> {
  return { ok: false, error: { code: 'rate_limited', reason: 'request.tooMany', retryAfterMs } };
}
