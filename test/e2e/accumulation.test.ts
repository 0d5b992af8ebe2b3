// What can pile up through the API is bounded: page request groups per device (its PRI allocation, or the
// 9-bit PRG index space without PRI) and hosts in the fleet (hostCreate's cap). Over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultFleet, DEFAULT_MAX_HOSTS } from '../../hw-model/host/fleet.ts';
import { PAGE_REQUEST_GROUPS_WITHOUT_PRI, pageRequestCredits } from '../../hw-model/iommufd/iopf.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { createYogaServer } from '../../server/yoga.ts';
import { FaultQueueReadDocument, FaultRespondDocument } from '../gql/graphql.ts';
import { TestClient } from '../graphql/client.ts';
import { faultQueueSetup, ok } from '../graphql/iommufd-helpers.ts';

const fleet = createDefaultFleet({ maxHosts: 6 });
let server: RunningServer;
let client: TestClient;
beforeAll(async () => {
  server = await listen(createYogaServer({ fleet }), '127.0.0.1', 0);
  client = new TestClient(undefined, server.url);
});
afterAll(async () => {
  await server.close();
});

interface Injected {
  [alias: string]: { userErrors: { code: string; message: string }[] };
}

/** `count` iopfInject calls in requests of 50 aliases (the alias limit); every payload. */
async function inject(deviceId: string, count: number) {
  const payloads: Injected[string][] = [];
  for (let done = 0; done < count; done += 50) {
    const n = Math.min(50, count - done);
    const fields = Array.from(
      { length: n },
      (_, i) =>
        `i${i}: iopfInject(input: { deviceId: $d, groupId: ${done + i}, address: "0x1000", permissions: [READ] }) { userErrors { code message } }`,
    );
    const data = await client.data<Injected, { d: string }>(`mutation($d: ID!) { ${fields.join(' ')} }`, {
      d: deviceId,
    });
    payloads.push(...Object.values(data));
  }
  return payloads;
}

describe('page request groups per device', () => {
  it('the DSA (PRI) is bounded by its Outstanding Page Request capacity; mock devices by the PRG index space', () => {
    expect(pageRequestCredits(fleet.host('spr-01')!.device('0000:6a:01.0')!)).toBe(0x200);
    expect(pageRequestCredits(fleet.host('mock-01')!.device('0000:00:01.0')!)).toBe(
      PAGE_REQUEST_GROUPS_WITHOUT_PRI,
    );
  });

  it('past the bound iopfInject is ENOSPC and queues nothing; an answer gives the credit back', async () => {
    const { deviceId, queue } = await faultQueueSetup(client, 'mock-01', '0000:00:01.0');
    const first = await inject(deviceId, PAGE_REQUEST_GROUPS_WITHOUT_PRI);
    expect(first.every((p) => p.userErrors.length === 0)).toBe(true);
    const [over] = await inject(deviceId, 1);
    expect(over?.userErrors[0]?.code).toBe('ENOSPC');

    const read = async (max: number) =>
      ok(
        (await client.data(FaultQueueReadDocument, { input: { faultQueueId: queue.id, max } }))
          .faultQueueRead,
      ).groups!;
    const one = await read(1);
    const rest = await read(1000);
    expect(one.length + rest.length).toBe(PAGE_REQUEST_GROUPS_WITHOUT_PRI);
    ok(
      (
        await client.data(FaultRespondDocument, {
          input: { faultQueueId: queue.id, cookie: one[0]!.cookie!, code: 'SUCCESS' },
        })
      ).faultRespond,
    );
    const [again] = await inject(deviceId, 1);
    expect(again?.userErrors).toEqual([]);
  });
});

describe('hosts in the fleet', () => {
  const create = (name: string) =>
    client.data<{ hostCreate: { host: { name: string } | null; userErrors: { code: string }[] } }, never>(
      `mutation { hostCreate(input: { name: "${name}", profile: "selftest-mock" }) { host { name } userErrors { code } } }`,
    );

  it('the default cap is well above a 10,000-host fleet', () => {
    expect(DEFAULT_MAX_HOSTS).toBeGreaterThanOrEqual(100_000);
    expect(createDefaultFleet().maxHosts).toBe(DEFAULT_MAX_HOSTS);
  });

  it('hostCreate past the configured cap is ENOSPC and adds nothing', async () => {
    expect((await create('cap-5')).hostCreate.userErrors).toEqual([]);
    expect((await create('cap-6')).hostCreate.userErrors).toEqual([]);
    expect((await create('cap-7')).hostCreate).toEqual({ host: null, userErrors: [{ code: 'ENOSPC' }] });
    expect(fleet.hosts).toHaveLength(6);
    expect(fleet.host('cap-7')).toBeUndefined();
  });
});
