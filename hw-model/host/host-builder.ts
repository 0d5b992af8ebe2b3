// Builds a Host from a list of IOMMUs and devices: creates SR-IOV VFs, orders devices by BDF and
// gives them IOMMU groups the way the kernel would at boot (physical functions first, then VFs,
// which appear only when the PF driver enables SR-IOV).
import type { IommuUnit } from '../drivers/iommu.ts';
import { ConfigSpace } from '../pci/config-space.ts';
import { buildConfigSpace, type ConfigSpaceSpec } from '../pci/synthesize.ts';
import { addressOrder } from './bdf.ts';
import { PciDevice } from './device.ts';
import { assignGroup } from './grouping.ts';
import { Host, type HostSource } from './host.ts';
import type { ReservedRegion } from './iommu-group.ts';
import { createVirtualFunctions } from './virtual-functions.ts';

export interface DeviceDefinition {
  bdf: string;
  name?: string;
  /** A spec to synthesize the config space from, or a real one (lspci import). */
  config: ConfigSpaceSpec | ConfigSpace;
  /** The IOMMU translating for it; null for functions the IOMMU does not translate (the IOMMU itself). */
  iommu: IommuUnit | null;
  noDirtyTracking?: boolean;
  /** Firmware identity maps for this device (RMRR/IVMD). */
  directMappings?: ReservedRegion[];
  driver?: string | null;
  numaNode?: number | null;
}

export function buildHost(
  name: string,
  profile: string,
  iommus: IommuUnit[],
  devices: DeviceDefinition[],
  source: HostSource = 'PROFILE',
): Host {
  const host = new Host(name, profile, source);
  host.iommus.push(...iommus);
  for (const iommu of iommus) iommu.host = host;
  const physical = devices.map(
    (def) =>
      new PciDevice({
        host,
        bdf: def.bdf,
        config: def.config instanceof ConfigSpace ? def.config : buildConfigSpace(def.config),
        name: def.name ?? null,
        iommu: def.iommu,
        noDirtyTracking: def.noDirtyTracking ?? false,
        directMappings: def.directMappings ?? [],
        driver: def.driver ?? null,
        numaNode: def.numaNode ?? null,
      }),
  );
  const byBdf = new Map(physical.map((d) => [d.bdf, d]));
  if (byBdf.size !== physical.length) throw new RangeError(`${name}: two devices share a BDF`);
  // A VF the definitions already list (an lspci dump shows VFs too) becomes that PF's VF.
  const adopted = new Set<PciDevice>();
  const listed = (bdf: string) => {
    const d = byBdf.get(bdf);
    if (d) adopted.add(d);
    return d;
  };
  const virtual = physical.flatMap((pf) => (adopted.has(pf) ? [] : createVirtualFunctions(pf, listed)));
  const physicalOnly = physical.filter((d) => !adopted.has(d));
  host.insertDevices([...physicalOnly, ...virtual]);
  for (const device of [...sortByAddress(physicalOnly), ...sortByAddress(virtual)]) assignGroup(host, device);
  return host;
}

export function sortByAddress(devices: PciDevice[]): PciDevice[] {
  return [...devices].sort((a, b) => addressOrder(a.address) - addressOrder(b.address));
}
