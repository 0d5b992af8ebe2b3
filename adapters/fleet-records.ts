// GraphQL inputs of hostCreate/deviceAdd as the records the fleet journal stores: IDs become names,
// registers hex strings, so a record replays without the request that made it.

import type { IommuType } from '../hw-model/drivers/iommu.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import type { Host } from '../hw-model/host/host.ts';
import type { FleetRecord } from '../store/fleet-records.ts';
import { hostById, iommuById } from './ids.ts';

export function hostCreateRecord(input: {
  name: string;
  profile?: string | null;
  lspci?: string | null;
  snapshot?: string | null;
  iommu?: { type: IommuType; registers?: readonly bigint[] | null } | null;
}): FleetRecord & { kind: 'hostCreate' } {
  return {
    kind: 'hostCreate',
    name: input.name,
    ...(input.profile != null && { profile: input.profile }),
    ...(input.lspci != null && { lspci: input.lspci }),
    ...(input.snapshot != null && { snapshot: input.snapshot }),
    ...(input.iommu != null && {
      iommu: {
        type: input.iommu.type,
        ...(input.iommu.registers != null && {
          registers: input.iommu.registers.map((r) => `0x${r.toString(16)}`),
        }),
      },
    }),
  };
}

export function deviceAddRecord(
  fleet: Fleet,
  input: {
    hostId: string | number;
    iommuId?: string | number | null;
    vendorId: number;
    deviceId: number;
    pasidWidth?: number | null;
    noDirtyTracking?: boolean | null;
  },
): FleetRecord & { kind: 'deviceAdd' } {
  const host: Host = hostById(fleet, String(input.hostId));
  return {
    kind: 'deviceAdd',
    host: host.name,
    ...(input.iommuId != null && { iommu: iommuById(fleet, String(input.iommuId)).name }),
    vendorId: input.vendorId,
    deviceId: input.deviceId,
    pasidWidth: input.pasidWidth ?? 0,
    noDirtyTracking: input.noDirtyTracking ?? false,
  };
}
