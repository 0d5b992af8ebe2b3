// Fleet-wide dashboard queries through GraphQL: filters that combine with AND, iommuGroups, nodes,
// keyset cursors that do not shift when devices are added before them, and coded errors for bad cursors.
import { describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import type { MachineDescription } from '../../hw-model/host/machine.ts';
import { filterDevices } from '../../hw-model/query/inventory-filter.ts';
import { createYogaServer } from '../../server/yoga.ts';
import {
  DeviceAddDocument,
  type DeviceFilter,
  FleetDeviceCountDocument,
  FleetDevicePageDocument,
  type FleetDevicePageQuery,
  FleetGroupsDocument,
  type FleetGroupsQuery,
  HostListsDocument,
  HostPageDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';

const cursor = (text: string) => Buffer.from(text).toString('base64url');

function fleetClient() {
  const fleet = createDefaultFleet();
  return { fleet, client: new TestClient(createYogaServer({ fleet })) };
}

/** Every page of a filtered device list, `size` at a time. */
async function allPages(client: TestClient, filter: DeviceFilter, size: number) {
  const bdfs: string[] = [];
  let after: string | null | undefined = null;
  for (let i = 0; i < 100; i++) {
    const page: FleetDevicePageQuery['devices'] = (
      await client.data(FleetDevicePageDocument, { filter, first: size, after })
    ).devices;
    bdfs.push(...page.nodes.map((n) => `${n.host.name}/${n.bdf}`));
    if (!page.pageInfo.hasNextPage) return bdfs;
    after = page.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

describe('device filters', () => {
  const { fleet, client } = fleetClient();
  const filters: [string, DeviceFilter][] = [
    [
      'PASID Priv behind a nesting IOMMU',
      { hasCapabilities: ['PCI_PASID_PRIV'], iommuSupportsNesting: true },
    ],
    ['behind an IOMMU without nesting', { iommuSupportsNesting: false }],
    ['SMMUv3 with dirty tracking', { iommuType: 'ARM_SMMUV3', iommuSupportsDirtyTracking: true }],
    ['AMD-Vi units that track dirty IOPTEs', { iommuType: 'AMD', iommuSupportsDirtyTracking: true }],
    ['virtual functions of spr-01', { isVirtualFunction: true, hostName: 'spr-01' }],
    ['physical functions in shared groups', { isVirtualFunction: false, minGroupSize: 2 }],
    ['Intel devices with an extended PASID capability', { vendorId: 0x8086, pciCapabilityId: 0x11b }],
  ];

  it.each(filters)('%s: every filter holds, and nothing that matches is left out', async (_name, filter) => {
    const expected = filterDevices(fleet.hosts, filter).map((d) => `${d.host.name}/${d.bdf}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allPages(client, filter, 3)).toEqual(expected);
    const count = await client.data(FleetDeviceCountDocument, { filter });
    expect(count.devices.totalCount).toBe(expected.length);
  });

  it('answers each row with what the filter promised', async () => {
    const page = await client.data(FleetDevicePageDocument, {
      filter: { hasCapabilities: ['PCI_PASID_PRIV'], iommuSupportsNesting: true, minGroupSize: 1 },
    });
    expect(page.devices.nodes.length).toBeGreaterThan(0);
    for (const node of page.devices.nodes) {
      expect(node.iommu?.supportsNesting).toBe(true);
      expect(node.hwInfo?.capabilities).toContain('PCI_PASID_PRIV');
    }
    const shared = await client.data(FleetDevicePageDocument, { filter: { minGroupSize: 2 } });
    expect(shared.devices.nodes.length).toBeGreaterThan(0);
    for (const node of shared.devices.nodes)
      expect(node.iommuGroup!.devices.length).toBeGreaterThanOrEqual(2);
    const vfs = await client.data(FleetDevicePageDocument, { filter: { isVirtualFunction: true } });
    expect(vfs.devices.nodes.every((n) => n.physicalFunction !== null)).toBe(true);
  });

  it('filters by the bound driver', async () => {
    const nvme = fleet.host('spr-01')!.device('0000:17:00.0')!;
    const machine: MachineDescription = {
      hostname: 'real-01',
      iommus: [
        {
          name: 'dmar0',
          registers: { 'intel-iommu/cap': '9ed008c40780466', 'intel-iommu/ecap': '3ee9e86f050df' },
        },
      ],
      devices: ['0000:01:00.0', '0000:02:00.0'].map((bdf, i) => ({
        bdf,
        config: new Uint8Array(nvme.config.bytes),
        driver: i === 0 ? 'nvme' : 'vfio-pci',
        numaNode: 0,
        iommu: 'dmar0',
        physfn: null,
      })),
      groups: [0, 1].map((n) => ({
        number: n,
        type: 'DMA',
        devices: [n === 0 ? '0000:01:00.0' : '0000:02:00.0'],
        reservedRegions: [],
      })),
    };
    const own = createDefaultFleet();
    own.createHost({ name: 'real-01', machine });
    const real = new TestClient(createYogaServer({ fleet: own }));
    const vfio = await real.data(FleetDevicePageDocument, { filter: { driver: 'vfio-pci' } });
    expect(vfio.devices.nodes.map((n) => [n.host.name, n.bdf, n.driver])).toEqual([
      ['real-01', '0000:02:00.0', 'vfio-pci'],
    ]);
    const none = await real.data(FleetDevicePageDocument, {
      filter: { driver: 'vfio-pci', hostName: 'spr-01' },
    });
    expect(none.devices.nodes).toEqual([]);
  });

  it('answers a negative minGroupSize with a coded error', async () => {
    const result = await client.request(FleetDevicePageDocument, { filter: { minGroupSize: -1 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errno: 'EINVAL',
      field: 'minGroupSize',
    });
  });
});

describe('keyset cursors', () => {
  it('a device added before the cursor does not shift the next page', async () => {
    const { client } = fleetClient();
    const all = await allPages(client, {}, 1000);
    // The cursor sits on grace-01 (the second host); spr-01's hot-add lands before it.
    const at = all.findIndex((name) => name.startsWith('grace-01/')) + 2;
    const first = (await client.data(FleetDevicePageDocument, { first: at })).devices;
    const next = await client.data(FleetDevicePageDocument, { first: 5, after: first.pageInfo.endCursor });
    expect(next.devices.nodes.map((n) => `${n.host.name}/${n.bdf}`)).toEqual(all.slice(at, at + 5));

    const spr = (await client.data(HostPageDocument, { first: 1 })).hosts.nodes[0]!;
    expect(spr.name).toBe('spr-01');
    const hosts = await client.data(FleetGroupsDocument, { filter: { hostName: 'spr-01' }, first: 1 });
    const hostId = Buffer.from('Host:spr-01').toString('base64');
    expect(hosts.iommuGroups.nodes.length).toBe(1);
    const added = await client.data(DeviceAddDocument, {
      input: { hostId, vendorId: 0x1af4, deviceId: 0x1041 },
    });
    expect(added.deviceAdd.userErrors).toEqual([]);

    const again = await client.data(FleetDevicePageDocument, { first: 5, after: first.pageInfo.endCursor });
    expect(again.devices.nodes.map((n) => n.id)).toEqual(next.devices.nodes.map((n) => n.id));
    expect(again.devices.pageInfo.hasPreviousPage).toBe(true);
    // The new device is on the first page now, which an offset cursor would have shifted.
    const count = await client.data(FleetDeviceCountDocument, {});
    expect(count.devices.totalCount).toBe(all.length + 1);
  });

  it('a cursor whose item is gone continues after where it was', async () => {
    const { client } = fleetClient();
    const all = await allPages(client, {}, 1000);
    // grace-01 is host 1; no device sits at 00:00.7, so the page starts at its first device after that
    // (BDFs are fixed-width lowercase hex: their string order is their address order).
    const grace = all.filter((name) => name.startsWith('grace-01/') && name > 'grace-01/0000:00:00.7');
    expect(all).not.toContain('grace-01/0000:00:00.7');
    const page = await client.data(FleetDevicePageDocument, {
      first: 2,
      after: cursor('device:1:0000:00:00.7'),
    });
    expect(page.devices.nodes.map((n) => `${n.host.name}/${n.bdf}`)).toEqual(grace.slice(0, 2));
  });

  it('pages back with last/before, and nodes are the edges’ nodes', async () => {
    const { client } = fleetClient();
    const forward = (await client.data(FleetDevicePageDocument, { first: 6 })).devices;
    const back = (await client.data(FleetDevicePageDocument, { last: 3, before: forward.pageInfo.endCursor }))
      .devices;
    expect(back.nodes.map((n) => n.id)).toEqual(forward.nodes.slice(2, 5).map((n) => n.id));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(back.edges.map((e) => e.cursor)).toEqual(back.edges.map((_e, i) => forward.edges[2 + i]!.cursor));
  });

  const malformed: [string, string][] = [
    ['not base64', '!!!'],
    ['an old offset cursor', Buffer.from('OffsetConnection:4').toString('base64')],
    ['a group cursor given to devices', cursor('group:0:1')],
    ['a device cursor with a bad BDF', cursor('device:0:zz:00.0')],
    ['a device cursor with a negative host', cursor('device:-1:0000:00:00.0')],
  ];

  it.each(malformed)('%s is BAD_USER_INPUT (EINVAL on after) and changes nothing', async (_name, after) => {
    const { client } = fleetClient();
    const result = await client.request(FleetDevicePageDocument, { first: 2, after });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errno: 'EINVAL',
      field: 'after',
    });
    expect(result.errors?.[0]?.message).toMatch(/not a cursor of this connection/);
  });
});

describe('iommuGroups', () => {
  const { fleet, client } = fleetClient();
  const everyGroup = fleet.hosts.flatMap((h) => h.groups);

  it('lists every group of the fleet in host order, page by page', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: FleetGroupsQuery['iommuGroups'] = (
        await client.data(FleetGroupsDocument, { first: 4, after })
      ).iommuGroups;
      expect(page.nodes.map((n) => n.number)).toEqual(page.edges.map((e) => e.node.number));
      seen.push(...page.edges.map((e) => `${e.node.host.name}/${e.node.number}`));
      expect(page.totalCount).toBe(everyGroup.length);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(everyGroup.map((g) => `${g.host.name}/${g.number}`));
  });

  it('finds the groups whose devices cannot be assigned apart', async () => {
    const shared = everyGroup.filter((g) => g.devices.length >= 2);
    expect(shared.length).toBeGreaterThan(0);
    const page = (await client.data(FleetGroupsDocument, { filter: { minDevices: 2 } })).iommuGroups;
    expect(page.totalCount).toBe(shared.length);
    expect(page.nodes.map((n) => n.devices.map((d) => d.bdf))).toEqual(
      shared.map((g) => g.devices.map((d) => d.bdf)),
    );
    for (const node of page.nodes) expect(node.devicesConnection.totalCount).toBe(node.devices.length);
    const spr = (await client.data(FleetGroupsDocument, { filter: { minDevices: 2, hostName: 'spr-01' } }))
      .iommuGroups;
    expect(spr.edges.every((e) => e.node.host.name === 'spr-01')).toBe(true);
    expect(spr.totalCount).toBe(shared.filter((g) => g.host.name === 'spr-01').length);
  });

  it('answers a negative minDevices and a device cursor with coded errors', async () => {
    const negative = await client.request(FleetGroupsDocument, { filter: { minDevices: -2 } });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minDevices' });
    const wrong = await client.request(FleetGroupsDocument, { after: cursor('device:0:0000:00:14.0') });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('connection siblings of the lists', () => {
  it('give the same items as the lists, with paging', async () => {
    const { client } = fleetClient();
    const host = (await client.data(HostListsDocument, { name: 'spr-01', first: 2 })).host!;
    expect(host.iommuGroupsConnection.totalCount).toBe(host.iommuGroups.length);
    expect(host.iommuGroupsConnection.nodes).toEqual(host.iommuGroups.slice(0, 2));
    const rest = (
      await client.data(HostListsDocument, {
        name: 'spr-01',
        first: 100,
        after: host.iommuGroupsConnection.pageInfo.endCursor,
      })
    ).host!;
    expect(rest.iommuGroupsConnection.nodes).toEqual(host.iommuGroups.slice(2));
    for (const iommu of host.iommus) expect(iommu.devicesConnection.nodes).toEqual(iommu.devices);
    expect(host.contextsConnection.totalCount).toBe(0);
  });

  it('list open contexts and their objects', async () => {
    const { client } = fleetClient();
    const hostId = Buffer.from('Host:mock-01').toString('base64');
    const opened = await client.data<{ contextOpen: { context: { id: string } } }, unknown>(
      `mutation { contextOpen(input: { hostId: "${hostId}" }) { context { id } } }`,
    );
    const contextId = opened.contextOpen.context.id;
    for (let i = 0; i < 2; i++)
      await client.data(
        `mutation { ioasAlloc(input: { contextId: "${contextId}" }) { userErrors { code } } }`,
      );
    const host = (await client.data(HostListsDocument, { name: 'mock-01' })).host!;
    expect(host.contextsConnection.nodes.map((c) => c.id)).toEqual([contextId]);
    expect(host.contextsConnection.nodes[0]!.objectsConnection.nodes).toEqual([
      { objectId: 1, type: 'IOAS' },
      { objectId: 2, type: 'IOAS' },
    ]);
  });
});
