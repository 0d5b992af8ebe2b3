// Hostile and malformed requests: each gets a clear error (or an empty answer), never a server fault or a hang.
import { describe, expect, it } from 'vitest';
import { TestClient } from './client.ts';

const DSA = Buffer.from('Device:spr-01/0000:6a:01.0').toString('base64');

const queries: [string, RegExp][] = [
  ['{ hosts(first: -1) { totalCount } }', /first must be 0..1000 on every connection/],
  ['{ hosts(first: 1001) { totalCount } }', /first must be 0..1000 on every connection/],
  ['{ hosts(first: 100000) { totalCount } }', /Cost limit/],
  ['{ hosts(after: "garbage") { totalCount } }', /after is not a cursor of this connection/],
  ['{ node(id: "!!!") { id } }', /Invalid global ID/],
  ['{ nodes(ids: [""]) { id } }', /Invalid global ID/],
  [`{ node(id: "${DSA}") { ... on Device { configSpace(length: -5) } } }`, /length must not be negative/],
  [
    `{ node(id: "${DSA}") { ... on Device { virtualCapabilityPlacement(input: { size: 3 }) { offset } } } }`,
    /multiple of 4/,
  ],
  [`{ translateBatch(input: { deviceId: "${DSA}", iovas: ["0x1"], pasid: -4 }) { __typename } }`, /PASID/],
  [
    `{ ${Array.from({ length: 60 }, (_, i) => `h${i}: host(name: "spr-01") { name }`).join(' ')} }`,
    /Aliases limit/,
  ],
  [`{ ${'hosts { edges { node { iommus { host { '.repeat(4)} name ${'} } } } }'.repeat(4)} }`, /depth limit/],
  ['{ hosts { nosuchfield } }', /Cannot query field/],
  ['mutation { ioasAlloc(input: {}) { userErrors { code } } }', /contextId/],
  ['not graphql at all', /Syntax Error/],
];

describe('bad requests', () => {
  const client = new TestClient();
  it.each(queries)('%s', async (query, message) => {
    const response = await client.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    expect(body.errors?.[0]?.message).toMatch(message);
    for (const error of body.errors ?? []) {
      expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('answers a body that is not JSON with a 400, not a 500', async () => {
    const response = await client.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });
});
