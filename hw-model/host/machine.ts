// A real machine as its kernel describes it (a sysfs snapshot, parsed): config spaces, IOMMU
// registers, and the IOMMU groups the kernel formed. Plain data; reading sysfs happens elsewhere.
import type { ReservedRegion } from './iommu-group.ts';

export interface MachineIommu {
  /** /sys/class/iommu/<name>: dmar0, ivhd0, smmu3.0x... */
  name: string;
  /** sysfs attribute → value as printed, e.g. 'intel-iommu/cap' → '9ed008c40780466'. */
  registers: Record<string, string>;
}

export interface MachineDevice {
  bdf: string;
  /** As much of config space as was readable (64, 256 or 4096 bytes, or anything in between). */
  config: Uint8Array;
  driver: string | null;
  numaNode: number | null;
  /** The unit its `iommu` link names; null without one. */
  iommu: string | null;
  /** The PF its `physfn` link names (an SR-IOV VF). */
  physfn: string | null;
}

export interface MachineGroup {
  number: number;
  /** sysfs iommu_group/type: DMA, DMA-FQ, identity, blocked, unmanaged. */
  type: string;
  devices: string[];
  reservedRegions: ReservedRegion[];
}

export interface MachineDescription {
  hostname: string;
  iommus: MachineIommu[];
  devices: MachineDevice[];
  groups: MachineGroup[];
}
