import { loadConfig } from '@common-ground/server';
import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { Harness, type TestServer } from './helpers.js';
import { pollingHandshake } from './raw-polling.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

/** Connects a socket.io client that sends `origin` as a browser would; resolves how the handshake ended. */
function handshake(server: TestServer, origin: string | undefined): Promise<'connected' | 'refused'> {
  const socket = io(server.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: origin ? { origin } : {},
  });
  return new Promise((resolve) => {
    socket.once('connect', () => {
      socket.disconnect();
      resolve('connected');
    });
    socket.once('connect_error', () => {
      socket.disconnect();
      resolve('refused');
    });
  });
}

describe('the socket handshake', () => {
  it('refuses a page from another site, over WebSocket', async () => {
    const server = await harness.startServer();
    expect(await handshake(server, 'https://evil.example')).toBe('refused');
  });

  it('refuses a page from another site, over long-polling', async () => {
    const server = await harness.startServer();
    const res = await pollingHandshake(server.url, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses a look-alike: the same host on another port, or "null" from a sandboxed frame', async () => {
    const server = await harness.startServer();
    const port = Number(new URL(server.url).port);
    expect(await handshake(server, `http://127.0.0.1:${port + 1}`)).toBe('refused');
    expect(await handshake(server, 'null')).toBe('refused');
  });

  it('accepts a page from the server itself, over http or https, on both transports', async () => {
    const server = await harness.startServer();
    const host = new URL(server.url).host;
    expect(await handshake(server, `http://${host}`)).toBe('connected');
    expect(await handshake(server, `https://${host}`)).toBe('connected');
    const res = await pollingHandshake(server.url, { origin: `http://${host}` });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^0\{/);
  });

  it('accepts a client that sends no Origin (not a browser page)', async () => {
    const server = await harness.startServer();
    expect(await handshake(server, undefined)).toBe('connected');
    expect((await pollingHandshake(server.url)).status).toBe(200);
  });

  it('accepts an origin from ALLOWED_ORIGINS, and only that one', async () => {
    const { allowedOrigins } = loadConfig({ ALLOWED_ORIGINS: ' http://localhost:5173 ,https://board.example.org' });
    expect(allowedOrigins).toEqual(['http://localhost:5173', 'https://board.example.org']);
    const server = await harness.startServer(undefined, { app: { allowedOrigins } });
    expect(await handshake(server, 'https://board.example.org')).toBe('connected');
    expect(await handshake(server, 'http://localhost:5173')).toBe('connected');
    expect(await handshake(server, 'https://evil.example')).toBe('refused');
  });
});

describe('ALLOWED_ORIGINS', () => {
  it('is empty when not set', () => {
    expect(loadConfig({}).allowedOrigins).toEqual([]);
  });

  it.each([
    ['a path', 'https://board.example.org/app'],
    ['a trailing slash', 'https://board.example.org/'],
    ['a scheme other than http(s)', 'ftp://board.example.org'],
    ['no scheme', 'board.example.org'],
  ])('refuses to start with %s', (_label, value) => {
    expect(() => loadConfig({ ALLOWED_ORIGINS: value })).toThrow(/ALLOWED_ORIGINS/);
  });
});
