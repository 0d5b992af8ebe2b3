// vIOMMU and vDEVICE (iommufd_viommu_alloc_ioctl, iommufd_vdevice_alloc_ioctl): a vIOMMU is a slice of
// one physical IOMMU plus a nest-parent HWPT_PAGING; its vDEVICEs map the guest's device IDs (vSID,
// vRID, vDeviceID) to bound devices, one vDEVICE per device.
import type { IommuUnit } from '../drivers/iommu.ts';
import type { ViommuOps } from '../drivers/ops.ts';
import { type Errno, fail } from '../errors.ts';
import { toHex, ULONG_MAX } from '../u64.ts';
import type { Context } from './context.ts';
import type { BoundDevice } from './device.ts';
import type { HwQueue } from './hw-queue.ts';
import type { HwptPaging } from './hwpt.ts';
import type { HwptNested } from './hwpt-nested.ts';
import { IommufdObject } from './object.ts';
import type { Veventq } from './veventq.ts';

export type ViommuType = 'ARM_SMMUV3' | 'INTEL_VTD' | 'MOCK';

export class Viommu extends IommufdObject {
  readonly type = 'VIOMMU' as const;
  /** vDEVICEs by virtual ID. */
  private readonly byVirtId = new Map<bigint, Vdevice>();
  /** Nested HWPTs allocated on it (each holds a user on it). */
  readonly nestedHwpts = new Set<HwptNested>();
  /** vEVENTQs (one per type); each holds a user on it. */
  readonly eventQueues: Veventq[] = [];
  /** HW queues allocated on it (each holds a user on it). */
  readonly hwQueues = new Set<HwQueue>();

  constructor(
    context: Context,
    id: number,
    readonly viommuType: ViommuType,
    readonly iommu: IommuUnit,
    readonly parent: HwptPaging,
    /** The driver's iommufd_viommu_ops. */
    readonly ops: ViommuOps,
  ) {
    super(context, id);
  }

  /** Its vDEVICEs in virtual-ID order. */
  get vdevices(): Vdevice[] {
    return [...this.byVirtId.values()].sort((a, b) =>
      a.virtId < b.virtId ? -1 : a.virtId > b.virtId ? 1 : 0,
    );
  }

  /** iommufd_viommu_find_dev: the vDEVICE a guest device ID names. */
  vdeviceByVirtId(virtId: bigint): Vdevice | undefined {
    return this.byVirtId.get(virtId);
  }

  /** @internal vdeviceAlloc and Vdevice.teardown keep the table. */
  registerVdevice(vdevice: Vdevice): void {
    this.byVirtId.set(vdevice.virtId, vdevice);
  }

  /** @internal */
  unregisterVdevice(vdevice: Vdevice): void {
    if (this.byVirtId.get(vdevice.virtId) === vdevice) this.byVirtId.delete(vdevice.virtId);
  }

  teardown(): void {
    this.parent.dropUser();
  }
}

export class Vdevice extends IommufdObject {
  readonly type = 'VDEVICE' as const;

  constructor(
    context: Context,
    id: number,
    readonly viommu: Viommu,
    readonly device: BoundDevice,
    /** The guest's ID for the device: vSID (SMMUv3), vRID (VT-d), vDeviceID (AMD). */
    readonly virtId: bigint,
  ) {
    super(context, id);
  }

  teardown(): void {
    this.viommu.unregisterVdevice(this);
    if (this.device.vdevice === this) this.device.vdevice = null;
    this.viommu.dropUser();
    this.device.dropUser();
  }
}

/** The bound device a guest device ID names (iommufd_viommu_find_dev), or the driver's `errno`. */
export function resolveVirtId(viommu: Viommu, virtId: bigint, errno: Errno, field: string): BoundDevice {
  const vdevice = viommu.vdeviceByVirtId(virtId);
  if (!vdevice) fail(errno, `no vDEVICE with virtual ID ${toHex(virtId)} in vIOMMU ${viommu.id}`, field);
  return vdevice.device;
}

/** IOMMU_VIOMMU_ALLOC (iommufd_viommu_alloc_ioctl), checks in kernel order. */
export function viommuAlloc(ctx: Context, devId: number, hwptId: number, type: ViommuType): Viommu {
  const device = ctx.lookup(devId, 'DEVICE', 'devId');
  // VT-d has no viommu_alloc yet: INTEL_VTD is EOPNOTSUPP everywhere, as in the kernel today.
  const ops = device.iommu.viommuAlloc(type);
  if (!ops) fail('EOPNOTSUPP', `${device.iommu.name} offers no ${type} vIOMMU`, 'viommuType');
  const parent = ctx.lookup(hwptId, 'HWPT_PAGING', 'hwptId');
  if (!parent.nestParent) fail('EINVAL', `HWPT ${hwptId} is not a nest parent`, 'hwptId');
  // The driver's init: the stage-2 parent must belong to the device's IOMMU instance.
  if (parent.iommu !== device.iommu) {
    fail(
      'EINVAL',
      `HWPT ${hwptId} belongs to ${parent.iommu.name}, the device to ${device.iommu.name}`,
      'hwptId',
    );
  }
  return ctx.createObject((id) => {
    const viommu = new Viommu(ctx, id, type, device.iommu, parent, ops);
    parent.addUser();
    return viommu;
  });
}

/** IOMMU_VDEVICE_ALLOC (iommufd_vdevice_alloc_ioctl), checks in kernel order. */
export function vdeviceAlloc(ctx: Context, viommuId: number, devId: number, virtId: bigint): Vdevice {
  if (typeof virtId !== 'bigint' || virtId < 0n || virtId > ULONG_MAX) {
    fail('EINVAL', `virtId ${String(virtId)} is not an unsigned long`, 'virtId');
  }
  const viommu = ctx.lookup(viommuId, 'VIOMMU', 'viommuId');
  const device = ctx.lookup(devId, 'DEVICE', 'devId');
  if (device.iommu !== viommu.iommu) {
    fail(
      'EINVAL',
      `the device sits behind ${device.iommu.name}, the vIOMMU on ${viommu.iommu.name}`,
      'devId',
    );
  }
  if (device.vdevice) fail('EEXIST', `device ${devId} already has vDEVICE ${device.vdevice.id}`, 'devId');
  if (viommu.vdeviceByVirtId(virtId)) {
    fail('EEXIST', `virtual ID ${toHex(virtId)} is taken in vIOMMU ${viommuId}`, 'virtId');
  }
  return ctx.createObject((id) => {
    const vdevice = new Vdevice(ctx, id, viommu, device, virtId);
    viommu.registerVdevice(vdevice);
    device.vdevice = vdevice;
    viommu.addUser();
    device.addUser();
    return vdevice;
  });
}
