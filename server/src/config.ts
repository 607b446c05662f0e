import path from 'node:path';
import { z } from 'zod';

/** `http(s)://host[:port]` exactly as a browser sends it in the Origin header: no path, no slash. */
const originSchema = z
  .url({ protocol: /^https?$/ })
  // zod runs a refinement even after the URL check failed, hence canParse before parsing.
  .refine(
    (value) => URL.canParse(value) && new URL(value).origin === value,
    'An origin is scheme://host[:port], without a path.',
  );

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the built client lives; the server serves it when it exists. */
  CLIENT_DIST: z.string().optional(),
  /**
   * Other web origins whose pages may open a socket, comma-separated (`https://board.example.org`).
   * The server's own origin is always allowed; this is for a proxy that changes the Host header.
   */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(originSchema)),
  /**
   * The address participants use when the server sits behind a proxy (`https://board.example.org`):
   * join links and QR codes point there instead of at this machine's network addresses.
   */
  PUBLIC_URL: originSchema.optional(),
  /**
   * Cluster mode (docs/SCALING.md): several processes share PostgreSQL for the workshops and Redis
   * for broadcasts and rate limits. Both or neither: without them, one process on SQLite.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL is a PostgreSQL address: postgres://user@host:5432/database')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL is a Redis address: redis://host:6379')
    .optional(),
  /**
   * What every Redis key and channel of this deployment starts with: two deployments (or test
   * runs) can share one Redis without hearing each other's broadcasts (channels ignore SELECT).
   */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'REDIS_PREFIX is up to 64 letters, digits, _ - . or :')
    .default('common-ground:'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  clientDist: string | undefined;
  allowedOrigins: string[];
  publicUrl: string | undefined;
  /** Set in cluster mode only, and then both. */
  cluster: { databaseUrl: string; redisUrl: string; redisPrefix: string } | undefined;
}

/** Reads the environment once, at start, and refuses to start on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  if (Boolean(values.DATABASE_URL) !== Boolean(values.REDIS_URL)) {
    throw new Error(
      'Invalid configuration: cluster mode needs both DATABASE_URL (PostgreSQL) and REDIS_URL (Redis); set both, or neither for one process on SQLite',
    );
  }
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.DATA_DIR),
    logLevel: values.LOG_LEVEL,
    clientDist: values.CLIENT_DIST ? path.resolve(values.CLIENT_DIST) : undefined,
    allowedOrigins: values.ALLOWED_ORIGINS,
    publicUrl: values.PUBLIC_URL,
    cluster:
      values.DATABASE_URL && values.REDIS_URL
        ? { databaseUrl: values.DATABASE_URL, redisUrl: values.REDIS_URL, redisPrefix: values.REDIS_PREFIX }
        : undefined,
  };
}
