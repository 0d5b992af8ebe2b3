// Environment settings of the edge: CORS_ORIGINS and MAX_HOSTS parse as documented, and bad values stop start-up.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';

describe('readConfig', () => {
  it('defaults: same-origin only, the model default host cap', () => {
    expect(readConfig({})).toMatchObject({ corsOrigins: [], maxHosts: undefined });
  });

  it('CORS_ORIGINS is a comma-separated list; MAX_HOSTS a positive integer', () => {
    const config = readConfig({
      CORS_ORIGINS: 'https://a.example, http://b.example:8080,',
      MAX_HOSTS: '20000',
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(config.maxHosts).toBe(20_000);
  });

  it('refuses a MAX_HOSTS that is not a positive integer', () => {
    for (const bad of ['0', '-3', '1.5', 'lots'])
      expect(() => readConfig({ MAX_HOSTS: bad })).toThrow(/MAX_HOSTS/);
  });
});
