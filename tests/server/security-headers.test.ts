import fs from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Harness, type TestServer } from './helpers.js';

const harness = new Harness();
let server: TestServer;
let clientDist: string;

beforeAll(() => {
  // A stand-in for the built client, so pages are served as in production.
  clientDist = fs.mkdtempSync(path.join(os.tmpdir(), 'common-ground-dist-'));
  fs.writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><title>Common Ground</title>');
  fs.mkdirSync(path.join(clientDist, 'assets'));
  fs.writeFileSync(path.join(clientDist, 'assets', 'app.js'), 'export {};');
});
afterAll(() => fs.rmSync(clientDist, { recursive: true, force: true }));
beforeEach(async () => {
  server = await harness.startServer(undefined, { app: { clientDist } });
});
afterEach(() => harness.cleanup());

const requests: Array<[string, string, RequestInit?]> = [
  ['the home page', '/'],
  ['a facilitator page', '/facilitate/ABC234'],
  ['a script of the built client', '/assets/app.js'],
  ['the health check', '/healthz'],
  ['an API answer', '/api/workshops', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
  ['an API 404', '/api/nothing-here'],
  ['a workshop that does not exist', '/api/workshops/ZZZZ99'],
];

describe('security headers', () => {
  it.each(requests)('are on %s', async (_label, url, init) => {
    const res = await fetch(server.url + url, init);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('content-security-policy')).toBeTruthy();
  });

  it('allow only our own scripts, styles, sockets and forms, images also as data:, and no framing', async () => {
    const res = await fetch(`${server.url}/`);
    const host = new URL(server.url).host;
    const directives = new Map(
      (res.headers.get('content-security-policy') ?? '').split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'connect-src': `'self' ws://${host} wss://${host}`,
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
  });

  it('do not copy a strange Host header into the policy', async () => {
    const csp = await new Promise<string | undefined>((resolve, reject) => {
      const req = request(`${server.url}/`, { headers: { host: "evil; script-src 'unsafe-inline'" } }, (res) => {
        res.resume();
        const policy = res.headers['content-security-policy'];
        resolve(typeof policy === 'string' ? policy : undefined);
      });
      req.on('error', reject);
      req.end();
    });
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
  });
});
