// IOMMU_HWPT_INVALIDATE (reference/iommufd-uapi.md §3.15): an array of driver-format entries sent to a
// nested HWPT (VT-d stage-1 ranges, the selftest's mock IOTLB) or to a vIOMMU (SMMUv3 commands, the
// selftest's device caches). Entries run in order; the first failing one stops the call, the ones
// before it have taken effect, and the count of handled entries is always returned. Every entry
// carried out is published as an InvalidationEvent on the host's bus.
import { type Errno, fail, IommufdError } from '../errors.ts';
import type { InvalidationEvent, InvalidationScope } from '../events.ts';
import type { PciDevice } from '../host/device.ts';
import { toHex, U64_MAX } from '../u64.ts';
import type { Context } from './context.ts';
import type { BoundDevice } from './device.ts';
import { HwptNested, MOCK_IOTLB_ID_MAX } from './hwpt-nested.ts';
import { decodeSmmuv3Command } from './invalidate-smmuv3.ts';
import { pasidKey } from './iotlb.ts';
import type { IommufdObject } from './object.ts';
import { clearMockDeviceCache, MOCK_DEV_CACHE_ID_MAX, Viommu } from './viommu.ts';

/** One entry; all entries of one call share a type (the ioctl's data_type). */
export type InvalidationRequest =
  | { type: 'VTD_S1'; addr: bigint; npages: bigint; leaf: boolean }
  | { type: 'ARM_SMMUV3'; cmd: bigint[] }
  | { type: 'SELFTEST'; flags: number; id: number; vdevId?: bigint | undefined };

export type InvalidationRequestType = InvalidationRequest['type'];

export interface InvalidateResult {
  /** entry_num as written back: entries carried out before the first failure (0 on an early error). */
  entriesHandled: number;
  error: IommufdError | null;
}

/** IOMMU_TEST_INVALIDATE_FLAG_ALL. */
export const TEST_INVALIDATE_FLAG_ALL = 1;
/** The VT-d stage-1 granule npages counts. */
const VTD_PAGE_SIZE = 4096n;

type Handler = (request: InvalidationRequest) => void;

/** Never throws an IommufdError: lookups and entries fail through `error`. */
export function hwptInvalidate(
  ctx: Context,
  id: number,
  requests: readonly InvalidationRequest[],
): InvalidateResult {
  let handler: Handler;
  try {
    const target = ctx.object(id) ?? fail('ENOENT', `no object with ID ${id}`, 'hwptId');
    let accepts: InvalidationRequestType;
    if (target instanceof HwptNested) {
      [accepts, handler] = nestedHandler(ctx, target);
    } else if (target instanceof Viommu) {
      [accepts, handler] = viommuHandler(ctx, target);
    } else {
      fail('EINVAL', `object ${id} is a ${target.type}, not a nested HWPT or a vIOMMU`, 'hwptId');
    }
    const types = new Set(requests.map((request) => request?.type));
    if (types.size > 1) fail('EINVAL', 'entries of one call share one data type', 'requests');
    const [type] = types;
    if (type !== undefined && type !== accepts) {
      fail('EINVAL', `object ${id} takes ${accepts} entries, not ${String(type)}`, 'requests');
    }
  } catch (error) {
    return { entriesHandled: 0, error: asIommufdError(error) };
  }
  let handled = 0;
  for (const [index, request] of requests.entries()) {
    try {
      handler(request);
    } catch (error) {
      const failure = asIommufdError(error);
      const field = failure.field ? `requests.${index}.${failure.field}` : `requests.${index}`;
      return { entriesHandled: handled, error: new IommufdError(failure.errno, failure.message, field) };
    }
    handled++;
  }
  return { entriesHandled: handled, error: null };
}

function asIommufdError(error: unknown): IommufdError {
  if (error instanceof IommufdError) return error;
  throw error;
}

interface EventDetail {
  scope: InvalidationScope;
  range?: { start: bigint; last: bigint } | null;
  pasid?: number | null;
  virtId?: bigint | null;
  device?: PciDevice | null;
}

function emit(ctx: Context, target: IommufdObject, detail: EventDetail): void {
  const event: InvalidationEvent = {
    kind: 'invalidation',
    host: ctx.host,
    target,
    scope: detail.scope,
    range: detail.range ?? null,
    pasid: detail.pasid ?? null,
    virtId: detail.virtId ?? null,
    device: detail.device ?? null,
  };
  ctx.host.events.emit(event);
}

function checkU32(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    fail('EINVAL', `${field} is not a 32-bit unsigned value`, field);
  }
  return value;
}

function checkWord(value: unknown, field: string): bigint {
  if (typeof value !== 'bigint' || value < 0n || value > U64_MAX)
    fail('EINVAL', `${field} is not a u64`, field);
  return value;
}

// ---- nested HWPTs: cache_invalidate_user ---------------------------------------------------------

function nestedHandler(ctx: Context, hwpt: HwptNested): [InvalidationRequestType, Handler] {
  if (hwpt.dataType === 'VTD_S1') return ['VTD_S1', (request) => vtdS1Invalidate(ctx, hwpt, request)];
  if (hwpt.dataType === 'SELFTEST')
    return ['SELFTEST', (request) => mockNestedInvalidate(ctx, hwpt, request)];
  // SMMUv3 (and AMD) nested domains have no cache_invalidate_user: their caches go through the vIOMMU.
  return fail('EOPNOTSUPP', `a ${hwpt.dataType} nested HWPT is invalidated through its vIOMMU`, 'hwptId');
}

/** intel_nested_cache_invalidate_user: addr 4K-aligned; npages U64_MAX only with addr 0 (everything). */
function vtdS1Invalidate(ctx: Context, hwpt: HwptNested, request: InvalidationRequest): void {
  if (request.type !== 'VTD_S1') return;
  const addr = checkWord(request.addr, 'addr');
  const npages = checkWord(request.npages, 'npages');
  if (addr % VTD_PAGE_SIZE !== 0n) fail('EINVAL', `addr ${toHex(addr)} is not 4 KiB aligned`, 'addr');
  if (npages === U64_MAX && addr !== 0n) fail('EINVAL', 'npages U64_MAX (all) needs addr 0', 'npages');
  if (npages === U64_MAX) {
    hwpt.iotlb.flushAll();
    emit(ctx, hwpt, { scope: 'DOMAIN' });
    return;
  }
  if (npages === 0n) return;
  const end = addr + npages * VTD_PAGE_SIZE - 1n;
  const range = { start: addr, last: end > U64_MAX ? U64_MAX : end };
  // A domain-selective PASID-based flush: every PASID using this HWPT.
  hwpt.iotlb.flushRange(range.start, range.last);
  emit(ctx, hwpt, { scope: 'ADDRESS_RANGE', range });
}

/** mock_hwpt_invalidate_user: unknown flags EOPNOTSUPP, then iotlb_id > 3 EINVAL (even with ALL). */
function mockNestedInvalidate(ctx: Context, hwpt: HwptNested, request: InvalidationRequest): void {
  if (request.type !== 'SELFTEST') return;
  const flags = checkU32(request.flags, 'flags');
  const id = checkU32(request.id, 'id');
  if ((flags & ~TEST_INVALIDATE_FLAG_ALL) !== 0) fail('EOPNOTSUPP', `flags ${toHex(flags)} unknown`, 'flags');
  if (id > MOCK_IOTLB_ID_MAX) fail('EINVAL', `iotlb id ${id} is beyond ${MOCK_IOTLB_ID_MAX}`, 'id');
  const all = (flags & TEST_INVALIDATE_FLAG_ALL) !== 0;
  hwpt.clearMockIotlb(all ? 'ALL' : id);
  // The emulated IOTLB has no mock ids: one entry flushes it whole, which is always allowed.
  hwpt.iotlb.flushAll();
  emit(ctx, hwpt, { scope: all ? 'ALL' : 'DOMAIN' });
}

// ---- vIOMMUs: cache_invalidate --------------------------------------------------------------------

function viommuHandler(ctx: Context, viommu: Viommu): [InvalidationRequestType, Handler] {
  if (viommu.viommuType === 'ARM_SMMUV3')
    return ['ARM_SMMUV3', (request) => smmuv3Invalidate(ctx, viommu, request)];
  if (viommu.viommuType === 'MOCK')
    return ['SELFTEST', (request) => mockViommuInvalidate(ctx, viommu, request)];
  return fail('EOPNOTSUPP', `a ${viommu.viommuType} vIOMMU takes no invalidations`, 'hwptId');
}

/** The vDEVICE a guest device ID names, or `errno` (SMMUv3 EIO, the mock EINVAL). */
function resolveVirtId(viommu: Viommu, virtId: bigint, errno: Errno, field: string): BoundDevice {
  const vdevice = viommu.vdeviceByVirtId(virtId);
  if (!vdevice) fail(errno, `no vDEVICE with virtual ID ${toHex(virtId)} in vIOMMU ${viommu.id}`, field);
  return vdevice.device;
}

/** The nested HWPTs of `viommu` a device's RID or PASIDs are attached to. */
function attachedNested(viommu: Viommu, device: BoundDevice): HwptNested[] {
  const found = new Set<HwptNested>();
  for (const hwpt of [device.attachedHwpt, ...device.pasidAttachments.values()]) {
    if (hwpt instanceof HwptNested && hwpt.viommu === viommu) found.add(hwpt);
  }
  return [...found];
}

function smmuv3Invalidate(ctx: Context, viommu: Viommu, request: InvalidationRequest): void {
  if (request.type !== 'ARM_SMMUV3') return;
  const command = decodeSmmuv3Command(request.cmd);
  switch (command.op) {
    case 'TLBI_ALL':
      for (const hwpt of viommu.nestedHwpts) hwpt.iotlb.flushAll();
      emit(ctx, viommu, { scope: 'ALL' });
      return;
    case 'TLBI_ASID':
      // The model keeps no ASIDs (the guest's CDs are not emulated): every stage-1 entry of the VMID goes.
      for (const hwpt of viommu.nestedHwpts) hwpt.iotlb.flushAll();
      emit(ctx, viommu, { scope: 'DOMAIN' });
      return;
    case 'TLBI_VA': {
      const range = { start: command.start, last: command.last };
      for (const hwpt of viommu.nestedHwpts) hwpt.iotlb.flushRange(range.start, range.last);
      emit(ctx, viommu, { scope: 'ADDRESS_RANGE', range });
      return;
    }
    case 'CFGI_CD':
    case 'CFGI_CD_ALL': {
      const device = resolveVirtId(viommu, command.vsid, 'EIO', 'cmd');
      const ssid = command.op === 'CFGI_CD' ? command.ssid : null;
      // A changed CD can move the whole stage 1 of that SSID: its cached walks go.
      for (const hwpt of attachedNested(viommu, device)) {
        if (ssid === null) hwpt.iotlb.flushAll();
        else hwpt.iotlb.flushPasid(pasidKey(ssid));
      }
      emit(ctx, viommu, {
        scope: ssid === null ? 'DOMAIN' : 'PASID',
        pasid: ssid,
        virtId: command.vsid,
        device: device.device,
      });
      return;
    }
    case 'ATC_INV': {
      const device = resolveVirtId(viommu, command.vsid, 'EIO', 'cmd');
      const range = { start: command.start, last: command.last };
      // The model has one cache level: the device's ATC entries are its attachment's IOTLB entries.
      for (const hwpt of attachedNested(viommu, device)) {
        hwpt.iotlb.flushRange(
          range.start,
          range.last,
          command.ssid === null ? undefined : pasidKey(command.ssid),
        );
      }
      emit(ctx, viommu, {
        scope: 'DEVICE_TLB',
        range,
        pasid: command.ssid,
        virtId: command.vsid,
        device: device.device,
      });
      return;
    }
  }
}

/** mock_viommu_cache_invalidate: flags EOPNOTSUPP, cache_id > 3 EINVAL, unknown vdev_id EINVAL. */
function mockViommuInvalidate(ctx: Context, viommu: Viommu, request: InvalidationRequest): void {
  if (request.type !== 'SELFTEST') return;
  const flags = checkU32(request.flags, 'flags');
  const id = checkU32(request.id, 'id');
  if ((flags & ~TEST_INVALIDATE_FLAG_ALL) !== 0) fail('EOPNOTSUPP', `flags ${toHex(flags)} unknown`, 'flags');
  if (id > MOCK_DEV_CACHE_ID_MAX) fail('EINVAL', `cache id ${id} is beyond ${MOCK_DEV_CACHE_ID_MAX}`, 'id');
  const virtId = request.vdevId ?? 0n;
  checkWord(virtId, 'vdevId');
  const device = resolveVirtId(viommu, virtId, 'EINVAL', 'vdevId');
  const all = (flags & TEST_INVALIDATE_FLAG_ALL) !== 0;
  clearMockDeviceCache(device, all ? 'ALL' : id);
  emit(ctx, viommu, { scope: 'DEVICE_TLB', virtId, device: device.device });
}
