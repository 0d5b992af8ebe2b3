// IOMMU groups: ACS isolation, sharing behind bridges without ACS, VFs, reserved regions, types.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultFleet, Fleet } from '../../hw-model/host/fleet.ts';
import { buildHost } from '../../hw-model/host/host-builder.ts';
import { MockIommu } from '../../hw-model/iommu/mock.ts';
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
