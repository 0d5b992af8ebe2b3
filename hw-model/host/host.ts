// An emulated machine: its IOMMUs, IOMMU groups and PCI devices.
import type { IommuUnit } from '../iommu/iommu.ts';
import type { PciDevice } from './device.ts';
import type { IommuGroup } from './iommu-group.ts';

export class Host {
  readonly iommus: IommuUnit[] = [];
  readonly groups: IommuGroup[] = [];
  readonly devices: PciDevice[] = [];

  constructor(
    readonly name: string,
    /** The profile it was built from, or lspci-import. */
    readonly profile: string,
  ) {}

  device(bdf: string): PciDevice | undefined {
    return this.devices.find((d) => d.bdf === bdf);
  }

  iommu(name: string): IommuUnit | undefined {
    return this.iommus.find((i) => i.name === name);
  }

  group(number: number): IommuGroup | undefined {
    return this.groups.find((g) => g.number === number);
  }
}
