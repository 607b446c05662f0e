import { pino, type Logger } from 'pino';

/** Paths that may hold a secret anywhere in a log line; pino replaces them before writing. */
const SECRET_PATHS = [
  'token',
  'facilitatorToken',
  '*.token',
  '*.facilitatorToken',
  'credential.token',
  '*.credential.token',
  'req.headers.authorization',
  'headers.authorization',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: SECRET_PATHS, censor: '[secret]' } });
}

export type { Logger };
