import type { networkInterfaces } from 'node:os';
import { JOIN_ADDRESSES_PATH, joinAddressesSchema } from '@common-ground/shared';
import { loadConfig } from '@common-ground/server';
import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { Harness, type TestServer } from './helpers.js';
import { lanAddresses, reachableHosts } from '../../server/src/network/lan-addresses.js';

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
  it('tells no address when the server listens on loopback only: nobody else could open it', async () => {
    const server = await harness.startServer();
    expect(await addresses(server)).toEqual({ publicUrl: null, hosts: [] });
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

/** A laptop on a hall's wifi and a cable at once, as os.networkInterfaces() describes it. */
const laptop = {
  lo: [
    { address: '127.0.0.1', family: 'IPv4', internal: true },
    { address: '::1', family: 'IPv6', internal: true },
  ],
  wlan0: [
    { address: 'fd00::2', family: 'IPv6', internal: false },
    { address: 'fe80::1', family: 'IPv6', internal: false },
    { address: '192.168.1.20', family: 'IPv4', internal: false },
  ],
  eth0: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
} as unknown as ReturnType<typeof networkInterfaces>;

describe('the addresses others can reach', () => {
  it('lists IPv4 first, IPv6 in brackets, and leaves out loopback and link-local', () => {
    expect(lanAddresses(laptop)).toEqual(['192.168.1.20', '10.0.0.5', '[fd00::2]']);
  });

  it('are every network address on all interfaces, the one bound to, or none on loopback', () => {
    expect(reachableHosts('0.0.0.0', laptop)).toEqual(['192.168.1.20', '10.0.0.5', '[fd00::2]']);
    expect(reachableHosts('::', laptop)).toEqual(['192.168.1.20', '10.0.0.5', '[fd00::2]']);
    expect(reachableHosts('10.0.0.5', laptop)).toEqual(['10.0.0.5']);
    expect(reachableHosts('fd00::2', laptop)).toEqual(['[fd00::2]']);
    expect(reachableHosts('127.0.0.1', laptop)).toEqual([]);
  });
});
