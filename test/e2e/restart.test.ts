// A restart is a reboot for iommufd state: IDs of contexts and of everything in them from the last run name
// nothing in the next (node → null, mutations → ENOENT), even where the new run reuses the same serial and
// object numbers. Host, IOMMU, group and device IDs stay the same. Two real `npm start`s, one after the other.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IoasAllocDocument, IoasMapDocument } from '../gql/graphql.ts';
import { TestClient } from '../graphql/client.ts';
import { allocIoas, deviceIds, openContext } from '../graphql/iommufd-helpers.ts';
import { startChildServer } from './child-server.ts';

const INVENTORY = `{ host(name: "mock-01") { id iommus { id } iommuGroups { id } devices { edges { node { id iommuGroup { id } } } } } }`;

/** Both starts share one durable fleet, as a real restart does. */
const DATA_DIR = mkdtempSync(path.join(tmpdir(), 'iommufd-graph-restart-'));

async function run() {
  const server = await startChildServer({ DATA_DIR });
  const client = new TestClient(undefined, server.url);
  const inventory = await client.data(INVENTORY);
  const ctx = await openContext(client, 'mock-01');
  const ioas = await allocIoas(client, ctx);
  const device = (await deviceIds(client, 'mock-01')).get('0000:00:01.0')!;
  return { server, client, inventory, ctx, ioas, device };
}

describe('IDs across a restart', () => {
  it('old context and object IDs resolve to nothing; fleet IDs are unchanged', async () => {
    const first = await run();
    await first.server.stop();
    const second = await run();
    try {
      // The new run's first context and IOAS have the same serial and object ID, yet other global IDs.
      expect(second.ctx).not.toBe(first.ctx);
      expect(second.ioas).not.toBe(first.ioas);
      const nodes = await second.client.data<{ nodes: unknown[] }, { ids: string[] }>(
        'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids: [first.ctx, first.ioas, second.ctx] },
      );
      expect(nodes.nodes).toEqual([null, null, { id: second.ctx }]);

      const alloc = (await second.client.data(IoasAllocDocument, { input: { contextId: first.ctx } }))
        .ioasAlloc;
      expect(alloc.userErrors).toMatchObject([{ code: 'ENOENT', field: ['input', 'contextId'] }]);
      const mapped = (
        await second.client.data(IoasMapDocument, {
          input: { ioasId: first.ioas, length: '0x1000', userVa: '0x7f0000000000' },
        })
      ).ioasMap;
      expect(mapped.userErrors).toMatchObject([{ code: 'ENOENT', field: ['input', 'ioasId'] }]);

      expect(second.inventory).toEqual(first.inventory);
      expect(second.device).toBe(first.device);
    } finally {
      await second.server.stop();
    }
  }, 60_000);
});
