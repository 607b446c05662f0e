import os from 'node:os';
import { JOIN_ADDRESSES_PATH, joinAddressesSchema } from '@common-ground/shared';
import { loadConfig } from '@common-ground/server';
import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { Harness, type TestServer } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.cleanup());

async function addresses(server: TestServer) {
  const res = await fetch(server.url + JOIN_ADDRESSES_PATH);
  expect(res.status).toBe(200);
  return joinAddressesSchema.parse(await res.json());
}

function handshake(server: TestServer, origin: string): Promise<'connected' | 'refused'> {
  const socket = io(server.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { origin },
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', () => resolve('refused'));
  }).finally(() => socket.disconnect()) as Promise<'connected' | 'refused'>;
}

describe('GET /api/addresses', () => {
  it('tells the machine’s network addresses, IPv4 first, and never loopback', async () => {
    const server = await harness.startServer();
    const { publicUrl, hosts } = await addresses(server);
    expect(publicUrl).toBeNull();
    const ipv4 = Object.values(os.networkInterfaces())
      .flat()
      .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
      .map((entry) => entry?.address);
    expect(hosts.slice(0, ipv4.length)).toEqual(ipv4);
    expect(hosts).not.toContain('127.0.0.1');
    expect(hosts).not.toContain('[::1]');
  });

  it('tells only PUBLIC_URL behind a proxy, whose pages may then open a socket', async () => {
    const { publicUrl } = loadConfig({ PUBLIC_URL: 'https://board.example.org' });
    const server = await harness.startServer(undefined, { app: { publicUrl } });
    expect(await addresses(server)).toEqual({ publicUrl: 'https://board.example.org', hosts: [] });
    expect(await handshake(server, 'https://board.example.org')).toBe('connected');
    expect(await handshake(server, 'https://evil.example')).toBe('refused');
  });

  it('refuses to start with a PUBLIC_URL that is not an origin', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'https://board.example.org/app' })).toThrow(/PUBLIC_URL/);
  });
});
