import { z } from 'zod/mini';

/*
 * The server's Content-Security-Policy forbids eval. When zod makes its first object schema it
 * probes for eval with `new Function`; the throw is caught, but Chromium still reports a CSP
 * violation. `jitless` skips the probe and zod's compiled parsers, which a page that parses a
 * few messages a second never misses. main.tsx imports this first: shared/ makes its schemas
 * as its modules load, so the setting must come before any of them.
 */
z.config({ jitless: true });
