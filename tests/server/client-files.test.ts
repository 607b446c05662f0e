import fs from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../../client/build/precompress.js';
import { Harness, type TestServer } from './helpers.js';

const harness = new Harness();
let server: TestServer;
let dist: string;

// A built client in miniature: a hashed script, the page, and a file too small to compress.
const script = `export const greeting = ${JSON.stringify('hello, '.repeat(400))};\n`;
const page = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<p>x</p>'.repeat(100)}</body></html>`;

beforeEach(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'assets/index-abc123.js'), script);
  fs.writeFileSync(path.join(dist, 'index.html'), page);
  fs.writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\n');
  precompressDir(dist);
  server = await harness.startServer(undefined, { app: { clientDist: dist } });
});
afterEach(async () => {
  await harness.cleanup();
  fs.rmSync(dist, { recursive: true, force: true });
});

/** Node's fetch decompresses by itself; a raw request shows the bytes as sent. */
function raw(urlPath: string, acceptEncoding?: string): Promise<{ headers: Headers; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${urlPath}`, {
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers))
          if (typeof value === 'string') headers.set(name, value);
        resolve({ headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the built client, as sent', () => {
  it('sends a hashed script in brotli to a browser that accepts it, cached for a year under its name', async () => {
    const { headers, body } = await raw('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(headers.get('content-encoding')).toBe('br');
    expect(headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('sends gzip to a browser that accepts gzip only, and the plain file to one that accepts nothing', async () => {
    const gzipped = await raw('/assets/index-abc123.js', 'gzip');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(script);

    const plain = await raw('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(plain.body.toString()).toBe(script);
  });

  it('sends the page compressed for a deep link, and has the browser check it on every load', async () => {
    const { headers, body } = await raw('/join/ABC234', 'br');
    expect(headers.get('content-encoding')).toBe('br');
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(headers.get('cache-control')).toBe('no-cache');
    expect(brotliDecompressSync(body).toString()).toBe(page);
  });

  it('sends a file too small to be worth compressing as it is', async () => {
    const { headers, body } = await raw('/robots.txt', 'br');
    expect(headers.get('content-encoding')).toBeNull();
    expect(body.toString()).toBe('User-agent: *\n');
  });
});
