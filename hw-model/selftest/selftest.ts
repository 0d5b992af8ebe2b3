// The selftest's IOMMU_TEST_OP_* (iommufd_test in drivers/iommu/iommufd/selftest.c): what a test kernel
// adds to the uAPI so tools/testing/selftests/iommu can reach inside. The iommufd core never calls these.
import type { DmaAccess } from '../dma/translate.ts';
import { fail } from '../errors.ts';
import type { PciDevice } from '../host/device.ts';
import { checkU64 } from '../iommufd/args.ts';
import type { Context } from '../iommufd/context.ts';
import { type BoundDevice, bindingOf, NO_PASID } from '../iommufd/device.ts';
import {
  FAULT_PERMISSIONS,
  type FaultPermission,
  type PageFault,
  type PageFaultGroup,
} from '../iommufd/fault-queue.ts';
import { HwptNested } from '../iommufd/hwpt-nested.ts';
import { deliverPageFaults, findFaultHandler, GROUP_ID_MAX, hasPageRequestCredit } from '../iommufd/iopf.ts';
import { pasidArg } from '../iommufd/pasid.ts';
import { type Vevent, veventqTypeOf, viommuReportEvent } from '../iommufd/veventq.ts';
import { U64_MAX, ULONG_MAX } from '../u64.ts';
import { MOCK_DEV_CACHE_ID_MAX, MOCK_IOTLB_ID_MAX, MockIommu, MockNestedDomain } from './mock-iommu.ts';

/**
 * IOMMU_TEST_OP_ADD_RESERVED: an owner-less reserved range. As in every other IOAS op, the lookup
 * comes before the length checks.
 */
export function ioasAddReserved(ictx: Context, ioasId: number, start: bigint, length: bigint): void {
  ictx.assertOpen();
  checkU64(start, 'start');
  checkU64(length, 'length');
  const ioas = ictx.lookup(ioasId, 'IOAS', 'ioasId');
  if (length === 0n) fail('EINVAL', 'length is 0', 'length');
  const last = start + length - 1n;
  if (last > ULONG_MAX) fail('EOVERFLOW', 'start + length overflows', 'length');
  ioas.iopt.reserve([{ start, last }], null);
}

/**
 * IOMMU_TEST_OP_DIRTY, simplified to a range: marks the IOPTEs mapping [iova, iova + length) dirty as a
 * device write would. length 0 or an overflowing range → EINVAL; not a HWPT_PAGING → ENOENT; tracking
 * not enabled → EINVAL (as the mock refuses it).
 */
export function testMarkDirty(ictx: Context, hwptId: number, iova: bigint, length: bigint): void {
  ictx.assertOpen();
  checkU64(iova, 'iova');
  checkU64(length, 'length');
  if (length === 0n || iova + length - 1n > U64_MAX) fail('EINVAL', 'bad iova or length', 'length');
  const hwpt = ictx.lookup(hwptId, 'HWPT_PAGING', 'hwptId');
  if (!hwpt.dirtyTrackingEnabled) fail('EINVAL', `dirty tracking is not enabled on HWPT ${hwptId}`, 'hwptId');
  hwpt.markDirty(iova, length);
}

/** IOMMU_TEST_OP_MD_CHECK_IOTLB: the mock nested domain's IOTLB entry `id` (0..3). */
export function mockIotlb(hwpt: HwptNested, id: number): number {
  if (!Number.isInteger(id) || id < 0 || id > MOCK_IOTLB_ID_MAX) {
    fail('EINVAL', `mock IOTLB id ${id} is not 0..${MOCK_IOTLB_ID_MAX}`, 'id');
  }
  if (!(hwpt.domain instanceof MockNestedDomain))
    fail('EINVAL', `HWPT ${hwpt.id} is not a mock domain`, 'hwptId');
  return hwpt.domain.iotlb[id]!;
}

/** IOMMU_TEST_OP_DEV_CHECK_CACHE: the mock device cache entry `id` (0..3) of a bound device. */
export function mockDeviceCache(bound: BoundDevice, id: number): number {
  if (!Number.isInteger(id) || id < 0 || id > MOCK_DEV_CACHE_ID_MAX) {
    fail('EINVAL', `mock cache id ${id} is not 0..${MOCK_DEV_CACHE_ID_MAX}`, 'id');
  }
  const iommu = bound.iommu;
  if (!(iommu instanceof MockIommu)) fail('EINVAL', `device ${bound.id} is not a mock device`, 'devId');
  return iommu.deviceCache(bound)[id]!;
}

export interface IopfInjectArgs {
  /** Omit (or 0) for a request without PASID_VALID. */
  pasid?: number | undefined;
  groupId: number;
  address: bigint;
  permissions: FaultPermission[];
}

/** The permissions as bits: each known one once, in bit order. */
function checkPermissions(permissions: readonly FaultPermission[]): FaultPermission[] {
  if (!Array.isArray(permissions)) fail('EINVAL', 'permissions is a list', 'permissions');
  for (const permission of permissions) {
    if (!FAULT_PERMISSIONS.includes(permission)) {
      fail('EINVAL', `permission ${String(permission)} is not READ, WRITE, EXEC or PRIV`, 'permissions');
    }
  }
  return FAULT_PERMISSIONS.filter((permission) => permissions.includes(permission));
}

/** The binding of a device a test op names: ENODEV, the model's stand-in for a dev_id that is no DEVICE. */
function boundOrEnodev(device: PciDevice): BoundDevice {
  return bindingOf(device) ?? fail('ENODEV', `${device.bdf} is not bound to an iommufd`, 'deviceId');
}

/**
 * IOMMU_TEST_OP_TRIGGER_IOPF on a physical device: one group with one fault (LAST_PAGE, PASID_VALID
 * when a PASID is given). Checks: the device must be bound (ENODEV); pasid, groupId (u32), address (u64)
 * and permissions well formed (EINVAL); an attachment with a FAULT must take it (EINVAL otherwise: the
 * kernel's op returns 0 and the IOMMU core answers the device INVALID itself, leaving userspace nothing
 * to read; the model reports that as EINVAL since there is no group to return).
 */
export function iopfInject(device: PciDevice, args: IopfInjectArgs): PageFaultGroup {
  const bound = boundOrEnodev(device);
  const pasid = pasidArg(args.pasid);
  if (!Number.isInteger(args.groupId) || args.groupId < 0 || args.groupId > GROUP_ID_MAX) {
    fail('EINVAL', `groupId ${args.groupId} is not a 32-bit unsigned integer`, 'groupId');
  }
  checkU64(args.address, 'address');
  const permissions = checkPermissions(args.permissions);
  const handler = findFaultHandler(bound, pasid);
  if (!handler) {
    const where = pasid === NO_PASID ? 'its RID' : `PASID ${pasid}`;
    fail('EINVAL', `${device.bdf} has no attachment with a fault queue for ${where}`, 'deviceId');
  }
  // The selftest op has no such bound; the model keeps what accumulates finite (documented: ENOSPC).
  if (!hasPageRequestCredit(bound)) {
    fail(
      'ENOSPC',
      `${device.bdf} has ${bound.outstandingPageRequests} page request groups unanswered, its limit`,
      'deviceId',
    );
  }
  const fault: PageFault = {
    address: args.address,
    permissions,
    pasid: pasid === NO_PASID ? null : pasid,
    lastPage: true,
  };
  return deliverPageFaults(bound, handler, args.groupId, [fault]);
}

/**
 * IOMMU_TEST_OP_TRIGGER_VEVENT on a physical device: ENODEV when it is not bound; ENOENT unless its RID
 * sits on a vIOMMU-backed nested HWPT and it has a vDEVICE there; then the event the driver reports for
 * a stage-1 translation fault at `address` on a read (the mock `{virt_id}`, SMMUv3 F_TRANSLATION). No
 * vEVENTQ of that type: the event is dropped and the op returns the driver's EOPNOTSUPP, as the mock
 * passes report_event's error on.
 */
export function vEventInject(device: PciDevice, options: { address?: bigint } = {}): Vevent {
  const bound = boundOrEnodev(device);
  const hwpt = bound.igroup.attachments.get(NO_PASID)?.hwpt;
  const viommu = hwpt instanceof HwptNested ? hwpt.viommu : null;
  const vdevice = bound.vdevice;
  if (!(hwpt instanceof HwptNested) || !viommu || !vdevice || vdevice.viommu !== viommu) {
    fail('ENOENT', `${device.bdf} is not on a vIOMMU nested HWPT with a vDEVICE`, 'deviceId');
  }
  const iova = options.address ?? 0n;
  const access: DmaAccess = 'READ';
  const fault = { kind: 'fault', iova, reason: 'NOT_MAPPED', message: 'injected', stage: 'STAGE1' } as const;
  const data = hwpt.domain.faultEvent(fault, access, NO_PASID, vdevice.virtId) ?? [];
  const type = veventqTypeOf(viommu);
  const event = viommuReportEvent(viommu, type, vdevice.virtId, data);
  if (!event) fail('EOPNOTSUPP', `vIOMMU ${viommu.id} has no ${type} vEVENTQ`, 'deviceId');
  return event;
}

/** IOMMU_TEST_OP_DMABUF_GET: a dmabuf of `length` bytes the mock exports, as a new fd of the context's process. */
export function dmabufGet(ictx: Context, length: bigint): number {
  ictx.assertOpen();
  checkU64(length, 'length');
  if (length === 0n) fail('EINVAL', 'a dmabuf needs a length', 'length');
  return ictx.dmabufImport(length).fd;
}

/** IOMMU_TEST_OP_DMABUF_REVOKE: revoke (or restore) a mock dmabuf; importers drop their mappings of it. */
export function dmabufRevoke(ictx: Context, fd: number, revoked: boolean): void {
  ictx.assertOpen();
  const file = ictx.file(fd);
  if (!file) fail('EBADF', `fd ${fd} is not open`, 'fd');
  if (file.kind !== 'DMABUF') fail('EINVAL', `fd ${fd} is not a dmabuf`, 'fd');
  file.revoked = revoked;
}
