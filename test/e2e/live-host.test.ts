// LIVE_SYSFS=... npm start serves the machine whose sysfs it reads as a host, source LIVE: this
// machine's own /sys, and a sysfs tree built from a real dump.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLspci } from '../../hw-model/pci/lspci-parser.ts';
import { hasShared, lspciFixtureDir } from '../shared-dir.ts';
import { buildSysfsTree } from '../sources/sysfs-tree.ts';
import { type ChildServer, gql, startServer } from './spawn-server.ts';

const servers: ChildServer[] = [];
const trees: string[] = [];
afterAll(() => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  for (const t of trees) rmSync(t, { recursive: true, force: true });
});

const HOST_QUERY = `query($name: String!) { host(name: $name) { source profile iommus { name type }
  iommuGroups { number devices { bdf } } devices(first: 1000) { totalCount nodes: edges { node { bdf driver iommuGroup { number } } } } } }`;

interface HostAnswer {
  host: {
    source: string;
    iommus: { name: string; type: string }[];
    iommuGroups: { number: number; devices: { bdf: string }[] }[];
    devices: { totalCount: number; nodes: { node: { bdf: string; driver: string | null } }[] };
  } | null;
}

describe('LIVE_SYSFS', () => {
  it('serves this machine (/sys) as a host named LIVE_HOST_NAME, source LIVE', async () => {
    const server = await startServer({ LIVE_SYSFS: '/sys', LIVE_HOST_NAME: 'this-vm' });
    servers.push(server);
    const { host } = await gql<HostAnswer>(server.url, HOST_QUERY, { name: 'this-vm' });
    expect(host?.source).toBe('LIVE');
    expect(host!.devices.totalCount).toBe(readdirSync('/sys/bus/pci/devices').length);
    expect(host!.iommuGroups.length).toBe(readdirSync('/sys/kernel/iommu_groups').length);
    expect(server.logs()).toMatch(/live host this-vm from \/sys/);
    server.child.kill('SIGTERM');
  }, 30_000);

  it.skipIf(!hasShared)(
    'serves a sysfs tree with its unit and its kernel groups',
    async () => {
      const devices = parseLspci(readFileSync(path.join(lspciFixtureDir, 'tree-asus-p6t6'), 'utf8'));
      const groups = [devices.map((d) => d.bdf).slice(0, 3), ...devices.map((d) => [d.bdf]).slice(3)];
      const root = buildSysfsTree({
        devices,
        iommu: { name: 'dmar0', cap: '9ed008c40780466', ecap: '3ee9e86f050df' },
        groups,
        drivers: { [devices[0]!.bdf]: 'ie31200_edac' },
      });
      trees.push(root);
      const server = await startServer({ LIVE_SYSFS: root, LIVE_HOST_NAME: 'asus-live' });
      servers.push(server);
      const { host } = await gql<HostAnswer>(server.url, HOST_QUERY, { name: 'asus-live' });
      expect(host?.source).toBe('LIVE');
      expect(host!.iommus).toEqual([{ name: 'dmar0', type: 'INTEL_VTD' }]);
      expect(host!.iommuGroups.map((g) => g.devices.map((d) => d.bdf))).toEqual(groups);
      expect(host!.devices.nodes[0]!.node.driver).toBe('ie31200_edac');
      server.child.kill('SIGTERM');
    },
    30_000,
  );
});
