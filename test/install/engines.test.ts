import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// `npm ci` warns EBADENGINE for every locked package whose engines exclude the running Node; the
// project promises package.json's own floor, so every locked package must accept that floor.
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));

describe('install hygiene', () => {
  const floor = semver.minVersion(pkg.engines.node);

  it('package.json names a Node floor of 20.x', () => {
    expect(floor?.major).toBe(20);
  });

  it('every locked package accepts the project Node floor (npm ci prints no EBADENGINE)', () => {
    const refusing = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
      .filter(([, p]) => p.engines?.node && floor && !semver.satisfies(floor, p.engines.node))
      .map(([path, p]) => `${path} wants node ${p.engines?.node}`);
    expect(refusing).toEqual([]);
  });

  it('the one package with an install script (esbuild) is approved, so npm ci does not warn', () => {
    expect(pkg.allowScripts?.esbuild).toBe(true);
  });
});
