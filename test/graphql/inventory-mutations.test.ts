// hostCreate and deviceAdd through GraphQL: profiles, pasted lspci output, hot-add, and every error case.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DeviceAddDocument,
  HostCreateDocument,
  HostOverviewDocument,
  HostsDocument,
} from '../gql/graphql.ts';
import { lspciFixtureDir } from '../shared-dir.ts';
import { TestClient } from './client.ts';

const fixture = (name: string) => readFileSync(path.join(lspciFixtureDir, name), 'utf8');

async function hostCount(client: TestClient) {
  return (await client.data(HostsDocument, {})).hosts.totalCount;
}

describe('hostCreate', () => {
  it('builds a host from a profile', async () => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'lab-7', profile: 'arm-grace' },
    });
    expect(hostCreate.userErrors).toEqual([]);
    expect(hostCreate.host).toMatchObject({ name: 'lab-7', profile: 'arm-grace' });
    expect(hostCreate.host!.iommus.map((i) => i.type)).toEqual(['ARM_SMMUV3', 'ARM_SMMUV3']);
    expect(await hostCount(client)).toBe(5);
  });

  it("imports pasted lspci -vvv -xxxx output with each device's real config space", async () => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'dsa-box', lspci: fixture('pri-pasid') },
    });
    expect(hostCreate.userErrors).toEqual([]);
    expect(hostCreate.host!.profile).toBe('lspci-import');
    const dsa = hostCreate.host!.devices.edges[0]!.node;
    expect(dsa).toMatchObject({ bdf: '0000:6a:01.0', vendorId: 0x8086, deviceId: 0x0b25 });
    // the offsets and IDs lspci itself printed for this device in the same file
    expect(dsa.capabilities.filter((c) => c.extended).map((c) => [c.offset.toString(16), c.capId])).toEqual([
      ['100', 0x01],
      ['150', 0x18],
      ['160', 0x17],
      ['170', 0x02],
      ['200', 0x23],
      ['220', 0x0f],
      ['230', 0x1b],
      ['240', 0x13],
    ]);
  });

  it('imports a whole machine with several devices', async () => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'p6t6', lspci: fixture('tree-asus-p6t6') },
    });
    expect(hostCreate.userErrors).toEqual([]);
    expect(hostCreate.host!.devices.totalCount).toBeGreaterThan(10);
  });

  it.each([
    ['a taken name', { name: 'spr-01', profile: 'selftest-mock' }, 'EEXIST', 'name'],
    ['an unknown profile', { name: 'x1', profile: 'cray-1' }, 'EINVAL', 'profile'],
    ['neither profile nor lspci', { name: 'x2' }, 'EINVAL', null],
    [
      'both profile and lspci',
      { name: 'x3', profile: 'amd-genoa', lspci: '00:00.0 Host bridge' },
      'EINVAL',
      null,
    ],
    ['lspci text with no device', { name: 'x4', lspci: 'hello world\n' }, 'EINVAL', 'lspci'],
    ['a broken hex line', { name: 'x5', lspci: '00:01.0 Ethernet: x\n00: 86 80 zz 10\n' }, 'EINVAL', 'lspci'],
  ])('rejects %s and changes nothing', async (_what, input, code, field) => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, { input });
    expect(hostCreate.host).toBeNull();
    expect(hostCreate.userErrors).toHaveLength(1);
    expect(hostCreate.userErrors[0]!.code).toBe(code);
    if (field) expect(hostCreate.userErrors[0]!.field).toEqual(['input', field]);
    expect(await hostCount(client)).toBe(4);
  });

  it('names the line of unparseable lspci text', async () => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'x6', lspci: '00:01.0 Ethernet: x\n00: 86 80 zz 10\n' },
    });
    expect(hostCreate.userErrors[0]!.message).toMatch(/line 2/);
  });
});

describe('deviceAdd', () => {
  async function mockHost(client: TestClient) {
    return (await client.data(HostOverviewDocument, { name: 'mock-01' })).host!;
  }

  it('hot-adds a PASID-capable device behind the IOMMU with its own group', async () => {
    const client = new TestClient();
    const host = await mockHost(client);
    const { deviceAdd } = await client.data(DeviceAddDocument, {
      input: { hostId: host.id, vendorId: 0x1b36, deviceId: 0x0f10, pasidWidth: 16 },
    });
    expect(deviceAdd.userErrors).toEqual([]);
    expect(deviceAdd.device).toMatchObject({
      vendorId: 0x1b36,
      deviceId: 0x0f10,
      iommu: { name: 'mock0' },
      pasid: { maxPasidWidth: 16 },
      hwInfo: { maxPasidLog2: 16 },
    });
    const after = await mockHost(client);
    expect(after.devices.totalCount).toBe(host.devices.totalCount + 1);
    expect(after.iommuGroups.map((g) => g.number)).toContain(deviceAdd.device!.iommuGroup!.number);
  });

  it('honours noDirtyTracking', async () => {
    const client = new TestClient();
    const host = await mockHost(client);
    const { deviceAdd } = await client.data(DeviceAddDocument, {
      input: { hostId: host.id, vendorId: 0x1b36, deviceId: 0x0f11, noDirtyTracking: true },
    });
    expect(deviceAdd.device!.hwInfo!.capabilities).not.toContain('DIRTY_TRACKING');
  });

  it.each([
    ['an unknown host', { hostId: 'SG9zdDpub3BlCg==' }, 'ENOENT', 'hostId'],
    ['a malformed host ID', { hostId: '%%%' }, 'ENOENT', 'hostId'],
    ['a vendor ID above 0xffff', { vendorId: 0x10000 }, 'EINVAL', 'vendorId'],
    ['a negative device ID', { deviceId: -1 }, 'EINVAL', 'deviceId'],
    ['a PASID width above 20', { pasidWidth: 21 }, 'EINVAL', 'pasidWidth'],
  ])('rejects %s and changes nothing', async (_what, override, code, field) => {
    const client = new TestClient();
    const host = await mockHost(client);
    const { deviceAdd } = await client.data(DeviceAddDocument, {
      input: { hostId: host.id, vendorId: 0x1b36, deviceId: 0x0f12, ...override },
    });
    expect(deviceAdd.device).toBeNull();
    expect(deviceAdd.userErrors[0]).toMatchObject({ code, field: ['input', field] });
    expect((await mockHost(client)).devices.totalCount).toBe(host.devices.totalCount);
  });

  it('rejects an IOMMU of another host (ENOENT)', async () => {
    const client = new TestClient();
    const host = await mockHost(client);
    const spr = (await client.data(HostOverviewDocument, { name: 'spr-01' })).host!;
    const { deviceAdd } = await client.data(DeviceAddDocument, {
      input: { hostId: host.id, iommuId: spr.iommus[0]!.id, vendorId: 1, deviceId: 2 },
    });
    expect(deviceAdd.userErrors[0]).toMatchObject({ code: 'ENOENT' });
    expect((await mockHost(client)).devices.totalCount).toBe(host.devices.totalCount);
  });
});
