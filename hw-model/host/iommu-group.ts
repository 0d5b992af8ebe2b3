// An IOMMU group: the unit of isolation. Devices in one group share one attachment.
import type { IommuUnit } from '../drivers/iommu.ts';
import type { PciDevice } from './device.ts';
import type { Host } from './host.ts';

export type ReservedRegionType = 'DIRECT' | 'DIRECT_RELAXABLE' | 'RESERVED' | 'MSI' | 'SW_MSI';

/** One line of sysfs iommu_group/reserved_regions: an inclusive range. */
export interface ReservedRegion {
  start: bigint;
  last: bigint;
  type: ReservedRegionType;
}

export class IommuGroup {
  readonly devices: PciDevice[] = [];

  constructor(
    readonly host: Host,
    readonly number: number,
    readonly iommu: IommuUnit,
    readonly reservedRegions: ReservedRegion[],
    /** sysfs iommu_group/type: DMA, DMA-FQ, identity, blocked, unmanaged. */
    public type = 'DMA',
  ) {}

  /** Puts a device in this group and merges the regions its firmware reserves for it. */
  add(device: PciDevice): void {
    if (this.devices.includes(device)) return;
    device.setGroup(this);
    this.devices.push(device);
    for (const region of device.directMappings) {
      const known = this.reservedRegions.some(
        (r) => r.start === region.start && r.last === region.last && r.type === region.type,
      );
      if (!known) this.reservedRegions.push({ ...region });
    }
    this.reservedRegions.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  }
}
