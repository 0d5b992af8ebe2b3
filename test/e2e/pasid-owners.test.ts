// PASIDs with owners over real HTTP: a context's PASIDs are its own (EPERM to anyone else), go when it closes,
// and stop at its quota (ENOSPC); PASIDs allocated without a context are the host's until freed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { DEFAULT_PASID_QUOTA_PER_CONTEXT } from '../../hw-model/host/pasid-allocator.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { createYogaServer } from '../../server/yoga.ts';
import {
  ContextCloseDocument,
  PasidAllocatorStateDocument,
  PasidAllocDocument,
  PasidFreeDocument,
} from '../gql/graphql.ts';
import { TestClient } from '../graphql/client.ts';
import { ok, openContext } from '../graphql/iommufd-helpers.ts';

const QUOTA = 3;
let server: RunningServer;
let client: TestClient;
let host: string;
beforeAll(async () => {
  server = await listen(
    createYogaServer({ fleet: createDefaultFleet({ pasidQuotaPerContext: QUOTA }) }),
    '127.0.0.1',
    0,
  );
  client = new TestClient(undefined, server.url);
  host = (await client.data(PasidAllocatorStateDocument, { name: 'spr-01' })).host!.id;
});
afterAll(async () => {
  await server.close();
});

const state = async () =>
  (await client.data(PasidAllocatorStateDocument, { name: 'spr-01' })).host!.pasidAllocator;
const alloc = async (contextId?: string, min = 1, max = 1000) =>
  (await client.data(PasidAllocDocument, { input: { hostId: host, min, max, contextId } })).pasidAlloc;
const free = async (pasid: number, contextId?: string) =>
  (await client.data(PasidFreeDocument, { input: { hostId: host, pasid, contextId } })).pasidFree;

describe('PASID ownership', () => {
  it('the quota is configurable, and reported; the default is a VM-sized 1024', async () => {
    expect((await state()).quotaPerContext).toBe(QUOTA);
    expect(DEFAULT_PASID_QUOTA_PER_CONTEXT).toBe(1024);
    expect(createDefaultFleet().host('spr-01')!.pasidAllocator.quotaPerContext).toBe(1024);
  });

  it('a context past its quota gets ENOSPC and nothing is allocated; another context still can', async () => {
    const a = await openContext(client, 'spr-01');
    const b = await openContext(client, 'spr-01');
    for (let i = 0; i < QUOTA; i++) ok(await alloc(a));
    const before = await state();
    const over = await alloc(a);
    expect(over).toEqual({
      pasid: null,
      userErrors: [
        { code: 'ENOSPC', field: ['input', 'contextId'], message: expect.stringMatching(/quota of 3/) },
      ],
    });
    expect(await state()).toEqual(before);
    ok(await alloc(b));
  });

  it("freeing another context's PASID, or the host's, is EPERM and frees nothing", async () => {
    const a = await openContext(client, 'spr-01');
    const b = await openContext(client, 'spr-01');
    const mine = ok(await alloc(a)).pasid!;
    const hosts = ok(await alloc()).pasid!;
    for (const [pasid, as] of [
      [mine, b],
      [mine, undefined],
      [hosts, a],
    ] as const) {
      const refused = await free(pasid, as);
      expect(refused.userErrors).toMatchObject([{ code: 'EPERM', field: ['input', 'contextId'] }]);
    }
    expect((await state()).allocated).toEqual(expect.arrayContaining([mine, hosts]));
    ok(await free(mine, a));
    ok(await free(hosts));
    expect((await state()).allocated).not.toContain(mine);
    expect((await state()).allocated).not.toContain(hosts);
    expect((await free(hosts)).userErrors[0]?.code).toBe('ENOENT');
  });

  it("closing a context frees its PASIDs, and only its own; the host's stay until freed", async () => {
    const a = await openContext(client, 'spr-01');
    const b = await openContext(client, 'spr-01');
    const ofA = [ok(await alloc(a)).pasid!, ok(await alloc(a)).pasid!];
    const ofB = ok(await alloc(b)).pasid!;
    const ofHost = ok(await alloc()).pasid!;
    ok((await client.data(ContextCloseDocument, { input: { contextId: a } })).contextClose);
    const allocated = (await state()).allocated;
    for (const pasid of ofA) expect(allocated).not.toContain(pasid);
    expect(allocated).toEqual(expect.arrayContaining([ofB, ofHost]));
    // A closed context owns nothing and can allocate nothing.
    expect((await alloc(a)).userErrors[0]).toMatchObject({ code: 'ENOENT', field: ['input', 'contextId'] });
  });

  it('a context of another host is ENOENT', async () => {
    const other = await openContext(client, 'grace-01');
    const before = await state();
    expect((await alloc(other)).userErrors[0]).toMatchObject({
      code: 'ENOENT',
      field: ['input', 'contextId'],
    });
    expect(await state()).toEqual(before);
  });
});
