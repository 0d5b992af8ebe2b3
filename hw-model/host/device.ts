// A PCI function of an emulated host, with its config space and its place behind an IOMMU.
import type { ConfigSpace } from '../pci/config-space.ts';
import type { IommuHwInfo, IommuType, IommuUnit } from '../iommu/iommu.ts';
import type { Host } from './host.ts';
import type { IommuGroup } from './iommu-group.ts';

export type HwCapability = 'DIRTY_TRACKING' | 'PCI_PASID_EXEC' | 'PCI_PASID_PRIV' | 'PCI_ATS_NOT_SUPPORTED';

/** What IOMMU_GET_HW_INFO returns for a device. */
export interface DeviceHwInfo {
  type: IommuType;
  capabilities: HwCapability[];
  maxPasidLog2: number;
  data: IommuHwInfo;
}

export interface PciDeviceInit {
  host: Host;
  bdf: string;
  config: ConfigSpace;
  name?: string | null;
  iommu?: IommuUnit | null;
  group?: IommuGroup | null;
  physicalFunction?: PciDevice | null;
  /** The device cannot do IOMMU dirty tracking (selftest MOCK_FLAGS_DEVICE_NO_DIRTY). */
  noDirtyTracking?: boolean;
}

export class PciDevice {
  readonly host: Host;
  /** Domain:bus:device.function, e.g. 0000:6a:01.0. */
  readonly bdf: string;
  readonly config: ConfigSpace;
  readonly name: string | null;
  readonly iommu: IommuUnit | null;
  readonly group: IommuGroup | null;
  readonly physicalFunction: PciDevice | null;
  readonly virtualFunctions: PciDevice[] = [];
  readonly noDirtyTracking: boolean;
  /** The iommufd DEVICE object this device is bound to (its one DMA owner), owned by hw-model/iommufd. */
  binding: unknown = null;

  constructor(init: PciDeviceInit) {
    this.host = init.host;
    this.bdf = init.bdf;
    this.config = init.config;
    this.name = init.name ?? null;
    this.iommu = init.iommu ?? null;
    this.group = init.group ?? null;
    this.physicalFunction = init.physicalFunction ?? null;
    this.noDirtyTracking = init.noDirtyTracking ?? false;
  }

  get vendorId(): number {
    return this.config.vendorId;
  }

  get deviceId(): number {
    return this.config.deviceId;
  }

  get classCode(): number {
    return this.config.classCode;
  }
}
