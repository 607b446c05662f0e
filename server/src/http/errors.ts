import type { ErrorCode, ReasonCode, ReasonParams } from '@common-ground/shared';
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';

/** An HTTP refusal in the same shape as a socket's: a code and a reason, with its parameters. */
export function sendError(
  res: Response,
  status: number,
  code: ErrorCode,
  reason: ReasonCode,
  params?: ReasonParams,
): void {
  res.status(status).json({ error: params ? { code, reason, params } : { code, reason } });
}

/** Malformed JSON and oversized bodies get a readable 400; anything else a logged 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = typeof error === 'object' && error && 'status' in error ? Number(error.status) : 500;
    if (status >= 400 && status < 500) {
      return sendError(res, status, 'invalid_input', 'request.unreadable');
    }
    log.error({ err: error }, 'request failed');
    sendError(res, 500, 'internal', 'server.unexpected');
  };
}
