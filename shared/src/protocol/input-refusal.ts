import type { z } from 'zod/mini';
import type { AppError, ReasonParams, Result } from './errors.js';
import { isReasonCode } from './reasons.js';

/**
 * Why a shared schema rejected some input. A check a person can fix names its reason as the
 * check's message (see `text.ts`); anything else is `message.invalid`. The field's path and the
 * check's limit go along as parameters, never the input itself.
 */
export function inputRefusal(error: z.core.$ZodError): AppError {
  const issue = error.issues[0];
  const params: ReasonParams = {};
  if (issue && issue.path.length > 0) params.field = issue.path.map(String).join('.').slice(0, 100);
  if (issue?.code === 'too_big') params.max = Number(issue.maximum);
  if (issue?.code === 'too_small') params.min = Number(issue.minimum);
  const reason = isReasonCode(issue?.message) ? issue.message : 'message.invalid';
  return Object.keys(params).length > 0 ? { code: 'invalid_input', reason, params } : { code: 'invalid_input', reason };
}

/** `inputRefusal` as a refused result. */
export function refuseInput<T = never>(error: z.core.$ZodError): Result<T> {
  return { ok: false, error: inputRefusal(error) };
}
