import { describe, expect, it } from 'vitest';
import { matchPath } from './match-path';

describe('matchPath', () => {
  it('names the parts of an address that fit the pattern', () => {
    expect(matchPath('/join/:code', '/join/ABC234')).toEqual({ code: 'ABC234' });
    expect(matchPath('/join/:code', '/join/ABC234/')).toEqual({ code: 'ABC234' });
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/join/:code', '/join/caf%C3%A9')).toEqual({ code: 'café' });
  });

  it('fits nothing else, except "*", which fits everything', () => {
    expect(matchPath('/join/:code', '/join')).toBeNull();
    expect(matchPath('/join/:code', '/join/ABC234/extra')).toBeNull();
    expect(matchPath('/join/:code', '/facilitate/ABC234')).toBeNull();
    expect(matchPath('/', '/join')).toBeNull();
    expect(matchPath('/join/:code', '/join/%E0%A4%A')).toBeNull();
    expect(matchPath('*', '/anything/at/all')).toEqual({});
  });
});
