// The query cost limit (server/limits.ts) lets a 1000-row page of the typical dashboard row through,
// whether the page size is written in the query or passed as a variable; the abuse it is for does not.
import { describe, expect, it } from 'vitest';
import { Fleet } from '../../hw-model/host/fleet.ts';
import { createYogaServer } from '../../server/yoga.ts';
import { TestClient } from './client.ts';

const ROW = `id bdf name vendorId deviceId classCode host { name } iommu { name type } iommuGroup { number }`;

/** 80 Sapphire Rapids hosts: 1,200 devices, more than a page. */
function bigFleet() {
  const fleet = new Fleet();
  for (let i = 0; i < 80; i++) fleet.createHost({ name: `spr-${i}`, profile: 'intel-sapphire-rapids' });
  return new TestClient(createYogaServer({ fleet }));
}

describe('query cost', () => {
  const client = bigFleet();

  it.each([
    [
      'edges with cursors',
      `{ devices(first: 1000) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ROW} } } } }`,
    ],
    ['nodes', `{ devices(first: 1000) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ROW} } } }`],
    [
      'a variable page size',
      `query ($n: Int) { devices(first: $n) { pageInfo { endCursor } nodes { ${ROW} } } }`,
    ],
  ])('a 1000-row page of the typical row fits (%s)', async (_name, query) => {
    const result = await client.request<{ devices: { nodes?: unknown[]; edges?: unknown[] } }, unknown>(
      query,
      {
        n: 1000,
      },
    );
    expect(result.errors).toBeUndefined();
    expect((result.data?.devices.nodes ?? result.data?.devices.edges)?.length).toBe(1000);
  });

  it.each([
    [
      'a page of pages',
      `{ devices(first: 1000) { nodes { host { devices(first: 1000) { nodes { id } } } } } }`,
    ],
    [
      'five 1000-row pages of the typical row',
      `{ ${Array.from({ length: 5 }, (_, i) => `p${i}: devices(first: 1000) { nodes { ${ROW} } }`).join(' ')} }`,
    ],
    ['a huge page', '{ hosts(first: 100000) { nodes { name } } }'],
    [
      '30 aliased pages',
      `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: hosts(first: 1000) { nodes { name profile } }`).join(' ')} }`,
    ],
  ])('%s is refused before it runs', async (_name, query) => {
    const result = await client.request(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/Query Cost limit of \d+ exceeded/);
  });
});
