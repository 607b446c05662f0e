/**
 * The closed set of reasons the server can refuse something. Clients translate by code;
 * `message` is a plain-English fallback a person can read.
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

export interface AppError {
  code: ErrorCode;
  message: string;
  /** With `rate_limited`: how long to wait before sending again. */
  retryAfterMs?: number;
}

/** The one result type for every acknowledgement and every domain decision. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Refused for the rate, saying how long to wait, so a well-behaved client paces its resend. */
export function rateLimited<T = never>(retryAfterMs: number): Result<T> {
  return {
    ok: false,
    error: { code: 'rate_limited', message: 'Too many actions at once. Wait a moment and try again.', retryAfterMs },
  };
}
