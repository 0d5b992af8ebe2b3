// The fleet mutations that outlive a restart, as plain JSON records, and how each is applied to a
// fleet. Replaying the records in order rebuilds the same hosts and devices: the model is
// deterministic, so config spaces and groups come out identical.

import type { IommuType } from '../hw-model/drivers/iommu.ts';
import type { PciDevice } from '../hw-model/host/device.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import type { Host } from '../hw-model/host/host.ts';
import { parseSnapshot } from '../sources/snapshot-format.ts';

export type FleetRecord =
  | {
      kind: 'hostCreate';
      name: string;
      profile?: string;
      lspci?: string;
      snapshot?: string;
      /** Registers as 0x hex strings (JSON has no 64-bit integers). */
      iommu?: { type: IommuType; registers?: string[] };
    }
  | {
      kind: 'deviceAdd';
      host: string;
      iommu?: string;
      vendorId: number;
      deviceId: number;
      pasidWidth: number;
      noDirtyTracking: boolean;
    };

export function applyRecord(fleet: Fleet, record: FleetRecord & { kind: 'hostCreate' }): Host;
export function applyRecord(fleet: Fleet, record: FleetRecord & { kind: 'deviceAdd' }): PciDevice;
export function applyRecord(fleet: Fleet, record: FleetRecord): Host | PciDevice;
export function applyRecord(fleet: Fleet, record: FleetRecord): Host | PciDevice {
  if (record.kind === 'hostCreate') {
    return fleet.createHost({
      name: record.name,
      profile: record.profile,
      lspci: record.lspci,
      iommu: record.iommu && {
        type: record.iommu.type,
        registers: record.iommu.registers?.map((r) => BigInt(r)) ?? null,
      },
      machine: record.snapshot != null ? parseSnapshot(record.snapshot) : undefined,
    });
  }
  return fleet.addDevice({
    host: record.host,
    iommu: record.iommu,
    vendorId: record.vendorId,
    deviceId: record.deviceId,
    pasidWidth: record.pasidWidth,
    noDirtyTracking: record.noDirtyTracking,
  });
}

/** Where mutations go: straight to the fleet (no store), or through a durable journal first. */
export interface FleetJournal {
  /** Applies the record to the fleet; durable journals commit it before returning. */
  commit<T>(record: FleetRecord, apply: () => T): T;
}

export const IN_MEMORY: FleetJournal = { commit: (_record, apply) => apply() };
