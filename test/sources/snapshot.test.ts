// The snapshot script over sysfs-shaped trees built from real dumps, and over this machine's /sys,
// then hostCreate(snapshot) through GraphQL: real config spaces, real registers, the kernel's groups.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Fleet } from '../../hw-model/host/fleet.ts';
import { parseLspci } from '../../hw-model/pci/lspci-parser.ts';
import { SNAPSHOT_SCRIPT, takeSnapshot } from '../../sources/live-host.ts';
import { parseSnapshot } from '../../sources/snapshot-format.ts';
import { ConfigSpaceDocument, HostCreateDocument, HostsDocument } from '../gql/graphql.ts';
import { TestClient } from '../graphql/client.ts';
import { hasShared, lspciFixtureDir } from '../shared-dir.ts';
import { buildSysfsTree } from './sysfs-tree.ts';

if (!hasShared) console.warn('SKIPPED: snapshot tests on fixture trees: ../shared/fixtures/lspci is missing');
const trees: string[] = [];
afterAll(() => {
  for (const t of trees) rmSync(t, { recursive: true, force: true });
});

const SPR_CAP = '9ed008c40780466';
const SPR_ECAP = '3ee9e86f050df';

/** tree-fujitsu-p8010 with the groups a kernel formed; 1d:00.0 alone (as after an ACS override). */
function fujitsuTree() {
  const devices = parseLspci(readFileSync(path.join(lspciFixtureDir, 'tree-fujitsu-p8010'), 'utf8'));
  const bdfs = devices.map((d) => d.bdf);
  const groups = bdfs.filter((b) => b !== '0000:1d:00.0').map((b) => [b]);
  groups.push(['0000:1d:00.0']);
  const root = buildSysfsTree({
    devices,
    iommu: { name: 'dmar0', cap: SPR_CAP, ecap: SPR_ECAP },
    groups,
    drivers: { '0000:00:02.0': 'i915', '0000:1d:00.0': 'ath5k' },
    numaNode: 0,
  });
  trees.push(root);
  return { devices, groups, root };
}

describe.skipIf(!hasShared)('snapshot of a sysfs tree built from tree-fujitsu-p8010', () => {
  it('prints a versioned text snapshot with every device, the unit and the groups', () => {
    const { root, devices } = fujitsuTree();
    const text = takeSnapshot(root, 'p8010');
    expect(text.split('\n')[0]).toBe('iommufd-graph-snapshot 1');
    const machine = parseSnapshot(text);
    expect(machine.hostname).toBe('p8010');
    expect(machine.devices.map((d) => d.bdf)).toEqual(devices.map((d) => d.bdf));
    expect(machine.iommus).toEqual([
      { name: 'dmar0', registers: { 'intel-iommu/cap': SPR_CAP, 'intel-iommu/ecap': SPR_ECAP } },
    ]);
  });

  it("hostCreate(snapshot) keeps the kernel's groups even where pci_device_group would differ", async () => {
    const { root, devices, groups } = fujitsuTree();
    const snapshot = takeSnapshot(root, 'p8010');
    // What ACS/alias rules compute for the same dump: 1d:00.0 with the CardBus bridge.
    const computed = new Fleet().createHost({
      name: 'c',
      lspci: readFileSync(path.join(lspciFixtureDir, 'tree-fujitsu-p8010'), 'utf8'),
      iommu: { type: 'INTEL_VTD' },
    });
    expect(computed.device('0000:1d:00.0')!.group!.devices.length).toBeGreaterThan(1);

    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, { input: { name: 'p8010', snapshot } });
    expect(hostCreate.userErrors).toEqual([]);
    const host = hostCreate.host!;
    expect(host.source).toBe('SNAPSHOT');
    expect(host.iommus).toEqual([{ name: 'dmar0', type: 'INTEL_VTD' }]);
    expect(host.iommuGroups.map((g) => g.devices.map((d) => d.bdf))).toEqual(groups);
    const wifi = host.devices.edges.find((e) => e.node.bdf === '0000:1d:00.0')!.node;
    expect(wifi.iommuGroup!.number).toBe(groups.length - 1);
    // GET_HW_INFO from the real registers: SPR cap/ecap (no PASID), dirty tracking.
    expect(wifi.hwInfo).toMatchObject({ type: 'INTEL_VTD', maxPasidLog2: 0 });
    // Config space byte for byte as the dump holds it.
    for (const d of devices.slice(0, 5)) {
      const id = host.devices.edges.find((e) => e.node.bdf === d.bdf)!.node.id;
      const hex = (await client.data(ConfigSpaceDocument, { id })).node;
      expect(hex && 'configSpace' in hex ? hex.configSpace : null).toBe(d.config.toHex());
    }
  });

  it('a cut-short or wrong-version snapshot is EINVAL naming the line, and adds no host', async () => {
    const { root } = fujitsuTree();
    const text = takeSnapshot(root, 'p8010');
    const client = new TestClient();
    const cases = [
      text.replace(/\nend\n?$/, '\n'),
      text.replace('iommufd-graph-snapshot 1', 'iommufd-graph-snapshot 9'),
      text.replace(/^config (\S+) ([0-9a-f]+)$/m, 'config $1 zz'),
    ];
    for (const snapshot of cases) {
      const { hostCreate } = await client.data(HostCreateDocument, { input: { name: 'bad', snapshot } });
      expect(hostCreate.host).toBeNull();
      expect(hostCreate.userErrors.map((e) => [e.code, e.field])).toEqual([
        ['EINVAL', ['input', 'snapshot']],
      ]);
      expect(hostCreate.userErrors[0]!.message).toMatch(/^snapshot line \d+: /);
    }
    expect((await client.data(HostsDocument, {})).hosts.totalCount).toBe(4);
  });
});

describe('snapshot of this machine (/sys)', () => {
  const devicesHere = readdirSync('/sys/bus/pci/devices').sort();
  if (devicesHere.length === 0) console.warn('note: this machine shows no PCI devices in /sys');

  it('runs as the npm script and lists every PCI function of /sys', () => {
    const text = execFileSync('npm', ['run', '--silent', 'snapshot'], { encoding: 'utf8' });
    const machine = parseSnapshot(text);
    expect(machine.devices.map((d) => d.bdf).sort()).toEqual(devicesHere);
    for (const d of machine.devices) {
      const vendor = readFileSync(`/sys/bus/pci/devices/${d.bdf}/vendor`, 'utf8').trim();
      expect(`0x${Buffer.from(d.config.subarray(0, 2)).reverse().toString('hex')}`).toBe(vendor);
    }
  });

  it('hostCreate(snapshot) gives this machine: its kernel groups (none without an IOMMU) and drivers', async () => {
    const text = execFileSync('sh', [SNAPSHOT_SCRIPT], { encoding: 'utf8' });
    const client = new TestClient();
    const { hostCreate } = await client.data(HostCreateDocument, { input: { name: 'here', snapshot: text } });
    expect(hostCreate.userErrors).toEqual([]);
    const host = hostCreate.host!;
    const groupsHere = readdirSync('/sys/kernel/iommu_groups');
    expect(host.iommuGroups.length).toBe(groupsHere.length);
    expect(host.iommus.length).toBe(readdirSync('/sys/class/iommu').length);
    expect(host.devices.totalCount).toBe(devicesHere.length);
    for (const e of host.devices.edges) {
      let driver: string | null = null;
      try {
        driver = path.basename(
          execFileSync('readlink', [`/sys/bus/pci/devices/${e.node.bdf}/driver`], {
            encoding: 'utf8',
          }).trim(),
        );
      } catch {
        driver = null;
      }
      expect(e.node.driver, e.node.bdf).toBe(driver);
      if (groupsHere.length === 0)
        expect([e.node.iommu, e.node.iommuGroup, e.node.hwInfo]).toEqual([null, null, null]);
    }
  });
});
