// Inventory through GraphQL (yoga.fetch): hosts, IOMMUs, groups, devices, GET_HW_INFO, config space, filters.
import { describe, expect, it } from 'vitest';
import { walkExtendedCapabilities } from '../../hw-model/pci/capabilities.ts';
import { ConfigSpace } from '../../hw-model/pci/config-space.ts';
import {
  ConfigSpaceDocument,
  DeviceDetailDocument,
  DevicesDocument,
  HostOverviewDocument,
  HostsDocument,
  NodesDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';

const client = new TestClient();
const PASID_EXT = 0x100 + 0x1b;

function configFromHex(hex: string): ConfigSpace {
  return new ConfigSpace(Uint8Array.from(Buffer.from(hex, 'hex')));
}

async function device(host: string, bdf: string) {
  const data = await client.data(DeviceDetailDocument, { host, bdf });
  const found = data.host?.device;
  if (!found) throw new Error(`no device ${host} ${bdf}`);
  return found;
}

describe('hosts', () => {
  it('serves the four default profiles', async () => {
    const data = await client.data(HostsDocument, {});
    expect(data.hosts.totalCount).toBe(4);
    expect(data.hosts.edges.map((e) => e.node.profile).sort()).toEqual([
      'amd-genoa',
      'arm-grace',
      'intel-sapphire-rapids',
      'selftest-mock',
    ]);
  });

  it('filters by IOMMU type, name and device capabilities', async () => {
    const smmu = await client.data(HostsDocument, { filter: { iommuType: 'ARM_SMMUV3' } });
    expect(smmu.hosts.edges.map((e) => e.node.profile)).toEqual(['arm-grace']);
    const named = await client.data(HostsDocument, { filter: { nameContains: 'mock' } });
    expect(named.hosts.edges.map((e) => e.node.profile)).toEqual(['selftest-mock']);
    const priv = await client.data(HostsDocument, { filter: { hasCapabilities: ['PCI_PASID_PRIV'] } });
    expect(priv.hosts.edges.map((e) => e.node.profile)).toContain('intel-sapphire-rapids');
    expect(priv.hosts.edges.map((e) => e.node.profile)).not.toContain('selftest-mock');
  });

  it('describes each IOMMU with its vendor registers', async () => {
    const spr = (await client.data(HostOverviewDocument, { name: 'spr-01' })).host!;
    const vtd = spr.iommus[0]!;
    expect(vtd.type).toBe('INTEL_VTD');
    expect(vtd.hwInfo.__typename).toBe('IntelVtdHwInfo');
    expect(vtd.pageSizes).toEqual(['0x1000', '0x200000', '0x40000000']);
    const mock = (await client.data(HostOverviewDocument, { name: 'mock-01' })).host!;
    expect(mock.iommus[0]).toMatchObject({
      name: 'mock0',
      type: 'MOCK',
      pageSizes: ['0x800', '0x100000'],
      maxPasidLog2: 20,
      hwInfo: { __typename: 'MockHwInfo', testReg: 0xdeadbeef | 0 },
    });
    const grace = (await client.data(HostOverviewDocument, { name: 'grace-01' })).host!;
    const smmu = grace.iommus[0]!;
    expect(smmu.name).toMatch(/^smmu3\.0x[0-9a-f]{16}$/);
    expect(smmu.hwInfo.__typename === 'ArmSmmuv3HwInfo' && smmu.hwInfo.idr).toHaveLength(6);
  });

  it('lists IOMMU groups with sysfs types and reserved regions', async () => {
    const spr = (await client.data(HostOverviewDocument, { name: 'spr-01' })).host!;
    for (const group of spr.iommuGroups) {
      expect(group.reservedRegions).toContainEqual({ start: '0xfee00000', last: '0xfeefffff', type: 'MSI' });
    }
    const grace = (await client.data(HostOverviewDocument, { name: 'grace-01' })).host!;
    expect(grace.iommuGroups[0]!.reservedRegions.map((r) => r.type)).toContain('SW_MSI');
    const mock = (await client.data(HostOverviewDocument, { name: 'mock-01' })).host!;
    expect(mock.iommuGroups.every((g) => g.reservedRegions.length === 0)).toBe(true);
  });

  it('puts devices behind a non-ACS bridge in one group', async () => {
    const spr = (await client.data(HostOverviewDocument, { name: 'spr-01' })).host!;
    const shared = spr.iommuGroups.find((g) => g.devices.length > 1);
    expect(shared?.devices.map((d) => d.bdf)).toEqual(['0000:02:00.0', '0000:03:00.0']);
  });
});

describe('devices', () => {
  it('reports the DSA accelerator as GET_HW_INFO would', async () => {
    const dsa = await device('spr-01', '0000:6a:01.0');
    expect(dsa.capabilities.filter((c) => c.extended).map((c) => c.capId)).toEqual(
      expect.arrayContaining([0x0f, 0x1b, 0x13]),
    );
    expect(dsa.pasid).toMatchObject({ maxPasidWidth: 20, executePermission: false, privilegedMode: true });
    expect(dsa.hwInfo).toMatchObject({ type: 'INTEL_VTD', maxPasidLog2: 20 });
    expect(dsa.hwInfo!.capabilities).toContain('PCI_PASID_PRIV');
    expect(dsa.hwInfo!.capabilities).not.toContain('PCI_PASID_EXEC');
    expect(dsa.hwInfo!.capabilities).not.toContain('PCI_ATS_NOT_SUPPORTED');
  });

  it('gives SR-IOV VFs their PF and the PF its VFs', async () => {
    const pf = await device('spr-01', '0000:31:00.0');
    expect(pf.virtualFunctions.length).toBeGreaterThan(0);
    const vf = await device('spr-01', pf.virtualFunctions[0]!.bdf);
    expect(vf.physicalFunction?.bdf).toBe('0000:31:00.0');
    expect(vf.capabilities.some((c) => c.extended && c.capId === 0x1b)).toBe(false);
  });

  it('follows the selftest mock: no ATS, PASID only on the PASID device, no dirty on NO_DIRTY', async () => {
    const [plain, pasid, noDirty] = await Promise.all([
      device('mock-01', '0000:00:01.0'),
      device('mock-01', '0000:00:02.0'),
      device('mock-01', '0000:00:03.0'),
    ]);
    expect(plain.hwInfo).toMatchObject({ type: 'MOCK', maxPasidLog2: 0 });
    expect(plain.hwInfo!.capabilities.sort()).toEqual(['DIRTY_TRACKING', 'PCI_ATS_NOT_SUPPORTED']);
    expect(pasid.hwInfo!.maxPasidLog2).toBe(20);
    expect(noDirty.hwInfo!.capabilities).toEqual(['PCI_ATS_NOT_SUPPORTED']);
  });

  it('hides the PASID capability in the VFIO view of config space', async () => {
    const dsa = await device('spr-01', '0000:6a:01.0');
    const physical = await client.data(ConfigSpaceDocument, { id: dsa.id });
    const vfio = await client.data(ConfigSpaceDocument, { id: dsa.id, view: 'VFIO' });
    const hexOf = (d: typeof physical) => (d.node && 'configSpace' in d.node ? d.node.configSpace : '');
    const idsIn = (hex: string) => walkExtendedCapabilities(configFromHex(hex)).map((c) => c.capId);
    expect(hexOf(physical)).toHaveLength(8192);
    expect(idsIn(hexOf(physical))).toContain(0x1b);
    expect(idsIn(hexOf(vfio))).not.toContain(0x1b);
    expect(idsIn(hexOf(vfio))).toEqual(idsIn(hexOf(physical)).filter((id) => id !== 0x1b));
  });

  it('reads windows of config space and rejects out-of-range ones', async () => {
    const dsa = await device('spr-01', '0000:6a:01.0');
    const head = await client.data(ConfigSpaceDocument, { id: dsa.id, offset: 0, length: 4 });
    expect(head.node && 'configSpace' in head.node && head.node.configSpace).toBe('8680250b');
    const bad = await client.request(ConfigSpaceDocument, { id: dsa.id, offset: 5000 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ errno: 'EINVAL', field: 'offset' });
  });

  it('filters devices across hosts and pages through them', async () => {
    const pasid20 = await client.data(DevicesDocument, { filter: { minPasidLog2: 20 } });
    expect(pasid20.devices.edges.every((e) => e.node.hwInfo!.maxPasidLog2 >= 20)).toBe(true);
    expect(pasid20.devices.edges.map((e) => e.node.bdf)).toContain('0000:6a:01.0');
    const withPasidCap = await client.data(DevicesDocument, { filter: { pciCapabilityId: PASID_EXT } });
    // The loop below proves nothing on an empty answer: the DSA has a PASID capability, so it must be listed.
    expect(withPasidCap.devices.edges.map((e) => e.node.bdf)).toContain('0000:6a:01.0');
    for (const edge of withPasidCap.devices.edges) {
      const detail = await device(edge.node.host.name, edge.node.bdf);
      expect(detail.capabilities.some((c) => c.extended && c.capId === 0x1b)).toBe(true);
    }
    const dirtyPriv = await client.data(DevicesDocument, {
      filter: { hasCapabilities: ['DIRTY_TRACKING', 'PCI_PASID_PRIV'] },
    });
    expect(dirtyPriv.devices.totalCount).toBeGreaterThan(0);
    for (const edge of dirtyPriv.devices.edges) {
      expect(edge.node.hwInfo!.capabilities).toEqual(
        expect.arrayContaining(['DIRTY_TRACKING', 'PCI_PASID_PRIV']),
      );
    }

    const all = await client.data(DevicesDocument, {});
    const first = await client.data(DevicesDocument, { first: 5 });
    expect(first.devices.edges).toHaveLength(5);
    expect(first.devices.pageInfo.hasNextPage).toBe(true);
    const next = await client.data(DevicesDocument, { first: 5, after: first.devices.pageInfo.endCursor });
    expect(next.devices.edges.map((e) => e.node.id)).toEqual(
      all.devices.edges.slice(5, 10).map((e) => e.node.id),
    );
    expect(next.devices.totalCount).toBe(all.devices.totalCount);
  });

  it('resolves nodes by global ID and answers null for unknown ones', async () => {
    const spr = (await client.data(HostOverviewDocument, { name: 'spr-01' })).host!;
    const ids = [spr.id, spr.iommus[0]!.id, spr.iommuGroups[0]!.id, spr.devices.edges[0]!.node.id];
    const data = await client.data(NodesDocument, { ids });
    expect(data.nodes.map((n) => n?.__typename)).toEqual(['Host', 'Iommu', 'IommuGroup', 'Device']);
    expect(data.nodes.map((n) => n?.id)).toEqual(ids);
    const missing = await client.data(NodesDocument, {
      ids: [Buffer.from('Device:spr-01/0000:ff:1f.7').toString('base64')],
    });
    expect(missing.nodes).toEqual([null]);
  });
});
