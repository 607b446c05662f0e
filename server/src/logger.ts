import { pino, type DestinationStream, type Logger } from 'pino';

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

/** Writes to stdout, or to `destination` (tests read the lines back from one). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: SECRET_PATHS, censor: '[secret]' } }, destination);
}

export type { Logger };
