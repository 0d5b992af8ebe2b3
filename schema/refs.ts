// Object references shared across domain files (declared here, implemented in their own files),
// so that domain files can point at each other without circular imports.

import type { IommuUnit } from '../hw-model/drivers/iommu.ts';
import type { PciDevice } from '../hw-model/host/device.ts';
import type { Host } from '../hw-model/host/host.ts';
import type { IommuGroup } from '../hw-model/host/iommu-group.ts';
import { builder } from './builder.ts';

export const HostRef = builder.objectRef<Host>('Host');
export const IommuRef = builder.objectRef<IommuUnit>('Iommu');
export const IommuGroupRef = builder.objectRef<IommuGroup>('IommuGroup');
export const DeviceRef = builder.objectRef<PciDevice>('Device');

import type {
  BoundDevice,
  Context,
  Hwpt,
  HwptPaging,
  Ioas,
  IommufdObject,
} from '../hw-model/iommufd/index.ts';

export const ContextRef = builder.objectRef<Context>('Context');
export const IommufdObjectRef = builder.interfaceRef<IommufdObject>('IommufdObject');
export const HwptRef = builder.interfaceRef<Hwpt>('Hwpt');
export const BoundDeviceRef = builder.objectRef<BoundDevice>('BoundDevice');
export const IoasRef = builder.objectRef<Ioas>('Ioas');
export const HwptPagingRef = builder.objectRef<HwptPaging>('HwptPaging');

import type { HwptNested, Vdevice, Viommu } from '../hw-model/iommufd/index.ts';

export const HwptNestedRef = builder.objectRef<HwptNested>('HwptNested');
export const ViommuRef = builder.objectRef<Viommu>('Viommu');
export const VdeviceRef = builder.objectRef<Vdevice>('Vdevice');
