import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../../client/build/precompress.js';
import { Harness, type TestServer } from './helpers.js';

const harness = new Harness();
let server: TestServer;
let dist: string;

// The built page's shape: the shell inside #root, then the noscript note.
const page = `<!doctype html>
<html lang="en">
  <head><link rel="stylesheet" href="/assets/client-abc.css"></head>
  <body>
    <div id="root">
      <main class="shell">
        <h1 class="shell__title">Common Ground</h1>
        <p class="shell__status">Connecting…</p>
      </main>
    </div>
    <noscript>Common Ground needs JavaScript.</noscript>
  </body>
</html>`;

beforeEach(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-dist-'));
  fs.writeFileSync(path.join(dist, 'index.html'), page);
  precompressDir(dist);
  server = await harness.startServer(undefined, { app: { clientDist: dist } });
});
afterEach(async () => {
  await harness.cleanup();
  fs.rmSync(dist, { recursive: true, force: true });
});

async function html(urlPath: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${urlPath}`, { headers });
  return { response, body: await response.text() };
}

describe('a join link, before the app has started', () => {
  it('carries the join form in its HTML, in the language the browser asks for first', async () => {
    const { response, body } = await html('/join/abc234', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.8' });
    expect(response.status).toBe(200);
    expect(body).toContain('<html lang="es">');
    expect(body).toContain('<form class="panel door" method="get" action="/join/ABC234">');
    expect(body).toContain('<span class="label">Tu nombre</span>');
    expect(body).toMatch(/<input [^>]*name="name" maxlength="40"/);
    expect(body).toContain('Unirme al taller');
    expect(body).toContain('<noscript>');
    // Drawn per language and per browser: no cache may hand one person's page to another.
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toMatch(/Accept-Language/);
    expect(response.headers.get('vary')).toMatch(/Cookie/);
  });

  it('is in English for a browser that reads neither language, and for one that asks for none', async () => {
    for (const accept of ['de-DE,fr;q=0.5', '']) {
      const { body } = await html('/join/ABC234', accept ? { 'accept-language': accept } : {});
      expect(body).toContain('<html lang="en">');
      expect(body).toContain('<span class="label">Your name</span>');
    }
    // English weighed above Spanish wins.
    expect((await html('/join/ABC234', { 'accept-language': 'es;q=0.5, en' })).body).toContain('Your name');
  });

  it('just says "Connecting…" to a browser that has joined this workshop before', async () => {
    const { body } = await html('/join/ABC234', { cookie: 'theme=dark; cg_joined_ABC234=1' });
    expect(body).not.toContain('<form');
    expect(body).toContain('Connecting…');
    // Joined another workshop: this one's link still offers the form.
    expect((await html('/join/ABC234', { cookie: 'cg_joined_XYZ999=1' })).body).toContain('<form');
  });

  it('draws no form for an address that is not a join code, and writes nothing of the address into the page', async () => {
    for (const urlPath of ['/join/%3Cscript%3E', '/join/AB', '/', '/facilitate/ABC234', '/join/ABC234/extra']) {
      const { body } = await html(urlPath);
      expect(body, urlPath).not.toContain('<form');
      expect(body, urlPath).not.toContain('<script>');
    }
  });
});
