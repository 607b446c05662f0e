import { describe, expect, it } from 'vitest';
import { isLoopbackHost, originsAt, pickOrigin } from './join-origin';

describe('where a join link points', () => {
  it('knows the names that reach only this machine', () => {
    for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ['192.168.1.20', '10.0.0.5', '[fd00::2]', 'board.example.org', '127.example.org']) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });

  it('builds each address’s origin on the page’s own scheme and port', () => {
    expect(originsAt(['192.168.1.20', '[fd00::2]'], { protocol: 'http:', port: '3000' })).toEqual([
      'http://192.168.1.20:3000',
      'http://[fd00::2]:3000',
    ]);
    expect(originsAt(['10.0.0.5'], { protocol: 'https:', port: '' })).toEqual(['https://10.0.0.5']);
  });

  it('keeps the facilitator’s pick while that network is still there, else takes the first', () => {
    const choices = ['http://192.168.1.20:3000', 'http://10.0.0.5:3000'];
    expect(pickOrigin(choices, 'http://10.0.0.5:3000')).toBe('http://10.0.0.5:3000');
    expect(pickOrigin(choices, 'http://172.16.0.9:3000')).toBe('http://192.168.1.20:3000');
    expect(pickOrigin(choices, null)).toBe('http://192.168.1.20:3000');
    expect(pickOrigin([], null)).toBeUndefined();
  });
});
