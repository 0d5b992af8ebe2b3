// IOMMU groups: ACS isolation, sharing behind bridges without ACS, VFs, reserved regions, types.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultFleet, Fleet } from '../../hw-model/host/fleet.ts';
import { buildHost } from '../../hw-model/host/host-builder.ts';
import { MockIommu } from '../../hw-model/selftest/mock-iommu.ts';
import { hasShared, lspciFixtureDir } from '../shared-dir.ts';

const fleet = createDefaultFleet();
const host = (name: string) => fleet.host(name)!;

describe('IOMMU groups', () => {
  it('the BMC VGA behind a PCIe-to-PCI bridge without ACS shares the bridge group (spr-01, genoa-01)', () => {
    const spr = host('spr-01');
    const vga = spr.device('0000:03:00.0')!;
    expect(vga.group).toBe(spr.device('0000:02:00.0')!.group);
    expect(vga.group?.devices.map((d) => d.bdf)).toEqual(['0000:02:00.0', '0000:03:00.0']);
    const genoa = host('genoa-01');
    expect(genoa.device('0000:c2:00.0')!.group).toBe(genoa.device('0000:c1:00.0')!.group);
  });

  it('endpoints behind root ports with ACS get groups of their own', () => {
    const spr = host('spr-01');
    const nvme = spr.device('0000:17:00.0')!;
    expect(nvme.group?.devices).toEqual([nvme]);
    expect(nvme.group).not.toBe(spr.device('0000:16:01.0')!.group);
  });

  it("VFs get their own groups when the PF's port has ACS", () => {
    const pf = host('spr-01').device('0000:31:00.0')!;
    const groups = new Set([pf.group, ...pf.virtualFunctions.map((v) => v.group)]);
    expect(groups.size).toBe(1 + pf.virtualFunctions.length);
  });

  it('behind a port without ACS, PF and VFs share the port group', () => {
    const mock = new MockIommu();
    const h = buildHost(
      't',
      'test',
      [mock],
      [
        {
          bdf: '0000:00:01.0',
          iommu: mock,
          config: { vendorId: 0x8086, deviceId: 0x352a, classCode: 0x060400, secondaryBus: 1 },
        },
        {
          bdf: '0000:01:00.0',
          iommu: mock,
          config: {
            vendorId: 0x8086,
            deviceId: 0x1592,
            classCode: 0x020000,
            extended: [
              { kind: 'sriov', totalVfs: 8, numVfs: 2, firstVfOffset: 16, vfStride: 1, vfDeviceId: 0x1889 },
            ],
          },
        },
      ],
    );
    expect(h.devices.map((d) => d.bdf)).toEqual([
      '0000:00:01.0',
      '0000:01:00.0',
      '0000:01:02.0',
      '0000:01:02.1',
    ]);
    expect(h.groups).toHaveLength(1);
    expect(h.groups[0]!.devices).toHaveLength(4);
  });

  it('reserved regions: VT-d MSI window plus RMRR, AMD MSI + HT, SMMUv3 SW_MSI, MOCK none', () => {
    const usb = host('spr-01').device('0000:00:14.0')!;
    expect(usb.group?.reservedRegions).toEqual([
      { start: 0x6e3d2000n, last: 0x6e3d4fffn, type: 'DIRECT_RELAXABLE' },
      { start: 0xfee00000n, last: 0xfeefffffn, type: 'MSI' },
    ]);
    expect(host('genoa-01').device('0000:01:00.0')!.group?.reservedRegions).toEqual([
      { start: 0xfee00000n, last: 0xfeefffffn, type: 'MSI' },
      { start: 0xfd00000000n, last: 0xffffffffffn, type: 'RESERVED' },
    ]);
    expect(host('grace-01').device('0000:01:00.0')!.group?.reservedRegions).toEqual([
      { start: 0x8000000n, last: 0x80fffffn, type: 'SW_MSI' },
    ]);
    for (const g of host('mock-01').groups) expect(g.reservedRegions).toEqual([]);
  });

  it('group types: DMA-FQ on x86, DMA on SMMUv3 and MOCK', () => {
    expect(host('spr-01').groups.every((g) => g.type === 'DMA-FQ')).toBe(true);
    expect(host('genoa-01').groups.every((g) => g.type === 'DMA-FQ')).toBe(true);
    expect(host('grace-01').groups.every((g) => g.type === 'DMA')).toBe(true);
    expect(host('mock-01').groups.every((g) => g.type === 'DMA')).toBe(true);
  });

  it('group numbers are 0..n-1 and every device behind an IOMMU is in exactly one', () => {
    for (const h of fleet.hosts) {
      expect(h.groups.map((g) => g.number)).toEqual(h.groups.map((_, i) => i));
      for (const d of h.devices.filter((x) => x.iommu)) {
        expect(h.groups.filter((g) => g.devices.includes(d))).toEqual([d.group]);
      }
    }
  });
});

describe.skipIf(!hasShared)('groups of an lspci-imported host (tree-asus-p6t6)', () => {
  const f = new Fleet();
  const text = readFileSync(path.join(lspciFixtureDir, 'tree-asus-p6t6'), 'utf8');
  // Groups need an IOMMU: this import is told the machine has a VT-d unit.
  const h = f.createHost({ name: 'asus', lspci: text, iommu: { type: 'INTEL_VTD' } });

  it('the VT-d unit it was told about, nothing guessed from the host bridge', () => {
    expect(h.profile).toBe('lspci-import');
    expect(h.iommus.map((i) => i.type)).toEqual(['INTEL_VTD']);
  });

  it('the functions of the GT218 GPU (no ACS) share a group with the port above', () => {
    const gpu = h.device('0000:06:00.0')!;
    expect(h.device('0000:06:00.1')!.group).toBe(gpu.group);
  });

  it('devices behind the NF200 switch without ACS share one group', () => {
    expect(h.device('0000:04:00.0')!.group).toBe(h.device('0000:03:00.0')!.group);
  });
});

describe.skipIf(!hasShared)('pci_device_group on a real laptop (tree-fujitsu-p8010)', () => {
  const f = new Fleet();
  const text = readFileSync(path.join(lspciFixtureDir, 'tree-fujitsu-p8010'), 'utf8');
  const h = f.createHost({ name: 'p8010', lspci: text, iommu: { type: 'INTEL_VTD' } });
  const members = (bdf: string) => h.device(bdf)!.group!.devices.map((d) => d.bdf.slice(5));

  it('the device behind the CardBus bridge (header type 2) shares its group: pci_for_each_dma_alias', () => {
    expect(h.device('0000:1d:00.0')!.group).toBe(h.device('0000:1c:03.0')!.group);
    // ...and so does everything behind the conventional PCI bridge 00:1e.0 (no PCIe, no ACS).
    expect(members('0000:1d:00.0')).toEqual(['00:1e.0', '1c:03.0', '1c:03.2', '1c:03.4', '1d:00.0']);
  });

  it('functions of one slot without ACS share, though only function 0 sets the multi-function bit', () => {
    // pci_scan_slot marks every function > 0 multifunction; 00:1d.1 and 00:1d.7 leave header bit 7 clear.
    expect(members('0000:00:1d.0')).toEqual(['00:1d.0', '00:1d.1', '00:1d.7']);
  });

  it('single-function root-bus devices keep groups of their own', () => {
    expect(members('0000:00:00.0')).toEqual(['00:00.0']);
  });
});

describe('ACS on the whole path and DMA-alias quirks', () => {
  const mock = new MockIommu();
  const port = (
    bdf: string,
    secondaryBus: number,
    acs: boolean,
    portType: 'rootPort' | 'switchDownstream',
  ) => ({
    bdf,
    iommu: mock,
    config: {
      vendorId: 0x8086,
      deviceId: 0x352a,
      classCode: 0x060400,
      portType,
      secondaryBus,
      subordinateBus: secondaryBus,
      extended: acs ? [{ kind: 'acs' as const, enabled: true }] : [],
    },
  });
  const upstream = (bdf: string, secondaryBus: number) => ({
    bdf,
    iommu: mock,
    config: {
      vendorId: 0x10b5,
      deviceId: 0x8747,
      classCode: 0x060400,
      portType: 'switchUpstream' as const,
      secondaryBus,
      subordinateBus: secondaryBus + 1,
    },
  });
  const endpoint = (bdf: string, extra: object = {}) => ({
    bdf,
    iommu: mock,
    config: { vendorId: 0x144d, deviceId: 0xa808, classCode: 0x010802, ...extra },
  });

  it('a downstream port with ACS under a root port without it does not isolate (pci_acs_path_enabled)', () => {
    const build = (rootAcs: boolean) =>
      buildHost(
        't',
        'test',
        [mock],
        [
          port('0000:00:01.0', 1, rootAcs, 'rootPort'),
          upstream('0000:01:00.0', 2),
          port('0000:02:00.0', 3, true, 'switchDownstream'),
          port('0000:02:01.0', 4, true, 'switchDownstream'),
          endpoint('0000:03:00.0'),
          endpoint('0000:04:00.0'),
        ],
      );
    const open = build(false);
    expect(open.device('0000:03:00.0')!.group).toBe(open.device('0000:04:00.0')!.group);
    const isolated = build(true);
    expect(isolated.device('0000:03:00.0')!.group!.devices.map((d) => d.bdf)).toEqual(['0000:03:00.0']);
  });

  it('a fixed DMA alias (Adaptec 3405 DMAs as devfn 01.0) joins the device there; other subsystems do not', () => {
    const adaptec = (subsystemId: number) =>
      buildHost(
        't',
        'test',
        [mock],
        [
          endpoint('0000:00:01.0', { portType: 'rcIntegratedEndpoint' }),
          endpoint('0000:00:0e.0', {
            vendorId: 0x9005,
            deviceId: 0x0285,
            subsystemVendorId: 0x9005,
            subsystemId,
            portType: 'rcIntegratedEndpoint',
          }),
        ],
      );
    const h3405 = adaptec(0x02bb);
    expect(h3405.device('0000:00:0e.0')!.group).toBe(h3405.device('0000:00:01.0')!.group);
    const other = adaptec(0x0001);
    expect(other.device('0000:00:0e.0')!.group).not.toBe(other.device('0000:00:01.0')!.group);
  });
});
