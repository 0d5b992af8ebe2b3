// Per-request DataLoaders: a device's capability walk and GET_HW_INFO are computed once per request
// however many fields (and filters) ask for them.
import DataLoader from 'dataloader';
import type { DeviceHwInfo, PciDevice } from '../hw-model/host/device.ts';
import type { PciCapabilityInfo } from '../hw-model/pci/capabilities.ts';

export interface Loaders {
  capabilities: DataLoader<PciDevice, PciCapabilityInfo[]>;
  hwInfo: DataLoader<PciDevice, DeviceHwInfo | null>;
}

/** Maps each key on its own; an error for one device fails only that device's field. */
function perKey<K, V>(compute: (key: K) => V) {
  return async (keys: readonly K[]) =>
    keys.map((key) => {
      try {
        return compute(key);
      } catch (error) {
        return error as Error;
      }
    });
}

export function createLoaders(): Loaders {
  return {
    capabilities: new DataLoader(perKey((device: PciDevice) => device.capabilities())),
    // No IOMMU, no GET_HW_INFO: the field is null rather than an error.
    hwInfo: new DataLoader(perKey((device: PciDevice) => (device.iommu ? device.hwInfo() : null))),
  };
}
