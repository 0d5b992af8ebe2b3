// Builds a sysfs-shaped directory tree (directories, files and relative symlinks where the kernel
// puts them) from real lspci dumps, for the snapshot script to read as if it were /sys.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LspciDevice } from '../../hw-model/pci/lspci-parser.ts';

export interface SysfsTreeSpec {
  devices: LspciDevice[];
  /** An intel-iommu unit (name, cap, ecap as sysfs prints them: hex without 0x); none when omitted. */
  iommu?: { name: string; cap: string; ecap: string };
  /** The kernel's groups: lists of BDFs; every listed device gets an iommu and iommu_group link. */
  groups?: string[][];
  drivers?: Record<string, string>;
  numaNode?: number;
}

const hex4 = (v: number) => `0x${v.toString(16).padStart(4, '0')}`;

export function buildSysfsTree(spec: SysfsTreeSpec): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sysfs-'));
  const mk = (p: string) => mkdirSync(path.join(root, p), { recursive: true });
  const file = (p: string, content: string | Uint8Array) => writeFileSync(path.join(root, p), content);
  const link = (at: string, target: string) =>
    symlinkSync(
      path.relative(path.dirname(path.join(root, at)), path.join(root, target)),
      path.join(root, at),
    );
  mk('bus/pci/devices');
  mk('class/iommu');
  mk('kernel/iommu_groups');
  if (spec.iommu) {
    const unit = `devices/virtual/iommu/${spec.iommu.name}`;
    mk(`${unit}/intel-iommu`);
    file(`${unit}/intel-iommu/cap`, `${spec.iommu.cap}\n`);
    file(`${unit}/intel-iommu/ecap`, `${spec.iommu.ecap}\n`);
    link(`class/iommu/${spec.iommu.name}`, unit);
  }
  const groupOf = new Map<string, number>();
  (spec.groups ?? []).forEach((members, n) => {
    for (const bdf of members) groupOf.set(bdf, n);
  });
  for (const d of spec.devices) {
    const domainBus = d.bdf.slice(0, 7);
    const dir = `devices/pci${domainBus}/${d.bdf}`;
    mk(dir);
    file(`${dir}/config`, d.config.bytes.subarray(0, d.bytesPresent));
    file(`${dir}/vendor`, `${hex4(d.config.vendorId)}\n`);
    file(`${dir}/device`, `${hex4(d.config.deviceId)}\n`);
    file(`${dir}/class`, `0x${d.config.classCode.toString(16).padStart(6, '0')}\n`);
    file(`${dir}/numa_node`, `${spec.numaNode ?? -1}\n`);
    const driver = spec.drivers?.[d.bdf];
    if (driver) {
      mk(`bus/pci/drivers/${driver}`);
      link(`${dir}/driver`, `bus/pci/drivers/${driver}`);
    }
    const group = groupOf.get(d.bdf);
    if (group !== undefined && spec.iommu) {
      link(`${dir}/iommu`, `devices/virtual/iommu/${spec.iommu.name}`);
      link(`${dir}/iommu_group`, `kernel/iommu_groups/${group}`);
    }
    link(`bus/pci/devices/${d.bdf}`, dir);
  }
  (spec.groups ?? []).forEach((members, n) => {
    const g = `kernel/iommu_groups/${n}`;
    mk(`${g}/devices`);
    file(`${g}/type`, 'DMA-FQ\n');
    file(`${g}/reserved_regions`, '0x00000000fee00000 0x00000000feefffff msi\n');
    for (const bdf of members) link(`${g}/devices/${bdf}`, `devices/pci${bdf.slice(0, 7)}/${bdf}`);
  });
  return root;
}
