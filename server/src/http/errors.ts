import type { ErrorCode } from '@common-ground/shared';
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';

export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** Malformed JSON and oversized bodies get a readable 400; anything else a logged 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = typeof error === 'object' && error && 'status' in error ? Number(error.status) : 500;
    if (status >= 400 && status < 500) {
      return sendError(res, status, 'invalid_input', 'The request could not be read. Send JSON, under 16 kB.');
    }
    log.error({ err: error }, 'request failed');
    sendError(res, 500, 'internal', 'Something went wrong on the server. Please try again.');
  };
}
