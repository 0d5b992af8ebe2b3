// hostCreate from lspci output tells the truth: no IOMMU unless told one, and then exactly the one
// whose registers were given (issue #12).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ContextOpenDocument,
  DeviceBindDocument,
  HostCreateDocument,
  HostsDocument,
} from '../gql/graphql.ts';
import { hasShared, lspciFixtureDir } from '../shared-dir.ts';
import { TestClient } from './client.ts';

const fixture = (name: string) => readFileSync(path.join(lspciFixtureDir, name), 'utf8');

// cap-pasid-pri: an Intel iGPU (8086:191e) with PASID (width 20, Exec+ Priv-), ATS and PRI.
describe.skipIf(!hasShared)('lspci import without iommu', () => {
  it('has no IOMMU, no groups, no GET_HW_INFO, an empty PASID space; names lack the class prefix', async () => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'vm-igpu', lspci: fixture('cap-pasid-pri') },
    });
    expect(hostCreate.userErrors).toEqual([]);
    const host = hostCreate.host!;
    expect(host.source).toBe('LSPCI');
    expect(host.iommus).toEqual([]);
    expect(host.iommuGroups).toEqual([]);
    expect(host.pasidAllocator).toEqual({ min: 1, max: 0 });
    const gpu = host.devices.edges[0]!.node;
    expect(gpu).toMatchObject({ iommu: null, iommuGroup: null, hwInfo: null });
    expect(gpu.name).toMatch(/^Intel Corporation /);
  });

  it('binding one of its devices is EINVAL (no IOMMU group) and binds nothing', async () => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'vm-igpu', lspci: fixture('cap-pasid-pri') },
    });
    const host = hostCreate.host!;
    const { contextOpen } = await client.data(ContextOpenDocument, { input: { hostId: host.id } });
    const { deviceBind } = await client.data(DeviceBindDocument, {
      input: { contextId: contextOpen.context!.id, deviceId: host.devices.edges[0]!.node.id },
    });
    expect(deviceBind.boundDevice).toBeNull();
    expect(deviceBind.userErrors.map((e) => [e.code, e.field])).toEqual([['EINVAL', ['input', 'deviceId']]]);
  });
});

describe.skipIf(!hasShared)('lspci import with iommu', () => {
  it('a VT-d unit from cap/ecap: PASID width and dirty tracking follow the registers', async () => {
    const client = new TestClient();
    // Sapphire Rapids cap, and its ecap with PASID (bit 40) set and PSS = 19 (20-bit PASIDs).
    const cap = '0x9ed008c40780466';
    const ecap = `0x${(0x3ee9e86f050dfn | (1n << 40n)).toString(16)}`;
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: {
        name: 'igpu-vtd',
        lspci: fixture('cap-pasid-pri'),
        iommu: { type: 'INTEL_VTD', registers: [cap, ecap] },
      },
    });
    expect(hostCreate.userErrors).toEqual([]);
    const host = hostCreate.host!;
    expect(host.iommus).toEqual([{ name: 'dmar0', type: 'INTEL_VTD' }]);
    expect(host.pasidAllocator.max).toBe(2 ** 20 - 1);
    const gpu = host.devices.edges[0]!.node;
    expect(gpu.iommu).toEqual({ name: 'dmar0' });
    expect(gpu.iommuGroup).toEqual({ number: 0 });
    expect(gpu.hwInfo).toEqual({
      type: 'INTEL_VTD',
      maxPasidLog2: 20,
      capabilities: ['DIRTY_TRACKING', 'PCI_PASID_EXEC'],
    });
  });

  it('a VT-d unit without PASID in ecap gives the PASID-capable iGPU maxPasidLog2 0', async () => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: {
        name: 'igpu-legacy',
        lspci: fixture('cap-pasid-pri'),
        // A client-era unit: PASID bit set but no scalable mode, so the kernel offers no PASID.
        iommu: { type: 'INTEL_VTD', registers: ['0x1c0000c40660462', '0x19e2ff0505e'] },
      },
    });
    expect(hostCreate.host!.devices.edges[0]!.node.hwInfo!.maxPasidLog2).toBe(0);
    expect(hostCreate.host!.pasidAllocator.max).toBe(0);
  });

  it('omitted registers: the typical unit of the type', async () => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'genoa-like', lspci: fixture('cap-pasid-pri'), iommu: { type: 'AMD' } },
    });
    expect(hostCreate.host!.iommus).toEqual([{ name: 'ivhd0', type: 'AMD' }]);
    expect(hostCreate.host!.devices.edges[0]!.node.hwInfo!.capabilities).toContain('DIRTY_TRACKING');
  });

  it.each([
    ['two SMMUv3 registers', { type: 'ARM_SMMUV3' as const, registers: ['0x1', '0x2'] }],
    [
      'a 33-bit SMMU_IDR',
      { type: 'ARM_SMMUV3' as const, registers: ['0x100000000', '0', '0', '0', '0', '0'] },
    ],
    ['three VT-d registers', { type: 'INTEL_VTD' as const, registers: ['0x1', '0x2', '0x3'] }],
    ['registers for the mock', { type: 'MOCK' as const, registers: ['0x1'] }],
  ])('rejects %s with EINVAL on input.iommu and adds no host', async (_what, iommu) => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'bad', lspci: fixture('cap-pasid-pri'), iommu },
    });
    expect(hostCreate.host).toBeNull();
    expect(hostCreate.userErrors.map((e) => [e.code, e.field])).toEqual([['EINVAL', ['input', 'iommu']]]);
    expect((await client.data(HostsDocument, {})).hosts.totalCount).toBe(4);
  });

  it('rejects iommu with a profile (a profile brings its own units)', async () => {
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, {
      input: { name: 'bad', profile: 'amd-genoa', iommu: { type: 'AMD' } },
    });
    expect(hostCreate.userErrors.map((e) => [e.code, e.field])).toEqual([['EINVAL', ['input', 'iommu']]]);
  });
});
