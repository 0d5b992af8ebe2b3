// One open /dev/iommu: the object table (IDs 1..2^31-1, lowest free first, as xa_alloc gives them),
// refcounted destroy, leaf-first close, and one method per ioctl taking object IDs.

import type { Stage1MapArgs, Stage1UnmapArgs } from '../dma/stage1.ts';
import { type Errno, fail, IommufdError } from '../errors.ts';
import { emitObjectEvent } from '../events.ts';
import type { PciDevice } from '../host/device.ts';
import type { Host } from '../host/host.ts';
import type { IommuGroup } from '../host/iommu-group.ts';
import type { Access } from './access.ts';
import { type BTree, numericTree } from './btree.ts';
import {
  BoundDevice,
  deviceAttach,
  deviceBind,
  deviceDetach,
  deviceReplace,
  deviceUnbind,
  type IommufdGroup,
} from './device.ts';
import { type DirtyBitmap, type DirtyBitmapArgs, hwptGetDirtyBitmap, hwptSetDirtyTracking } from './dirty.ts';
import { Dmabuf } from './dmabuf.ts';
import {
  type FaultQueue,
  faultQueueAlloc,
  faultQueueRead,
  faultRespond,
  type PageFaultGroup,
  type PageResponseCode,
} from './fault-queue.ts';
import { type GetHwInfoArgs, type GetHwInfoResult, getHwInfo } from './hw-info.ts';
import { type HwQueue, type HwQueueAllocArgs, hwQueueAlloc } from './hw-queue.ts';
import { type Hwpt, type HwptAllocArgs, type HwptPaging, hwptAlloc } from './hwpt.ts';
import { type HwptNested, hwptNestedAlloc } from './hwpt-nested.ts';
import { hwptInvalidate, type InvalidateResult, type InvalidationRequest } from './invalidate.ts';
import type { UnmapResult } from './io-pagetable.ts';
import {
  type CopyArgs,
  Ioas,
  ioasAllowIovas,
  ioasCopy,
  ioasIovaRanges,
  ioasMap,
  ioasSetHugePages,
  ioasUnmap,
  type MapArgs,
} from './ioas.ts';
import { ioasChangeProcess, ioasMapFile, type MapFileArgs } from './ioas-file.ts';
import type { IovaRange } from './iova-range.ts';
import { Memfd } from './memfd.ts';
import { DEFAULT_MEMLOCK_LIMIT, ProcessMemory } from './memory.ts';
import type { IommufdObject, ObjectType } from './object.ts';
import { type AccountMode, IOMMU_OPTION_OP_SET, iommuOption, type OptionArgs } from './option.ts';
import { pasidArg } from './pasid.ts';
import { type Vevent, type Veventq, veventqAlloc, veventqRead } from './veventq.ts';
import { type Vdevice, type Viommu, type ViommuType, vdeviceAlloc, viommuAlloc } from './viommu.ts';

/** xa_limit_31b. */
export const MAX_OBJECT_ID = 2 ** 31 - 1;

/** An xarray slot: being created (XA_ZERO_ENTRY), published, or a tombstone left by a destroyed vDEVICE. */
type Slot = { kind: 'reserved' } | { kind: 'live'; object: IommufdObject } | { kind: 'tombstone' };

export interface ContextOptions {
  /** RLIMIT_MEMLOCK in bytes; 64 GiB by default. */
  memlockLimit?: bigint;
  /** Whether the opening process has CAP_SYS_RESOURCE (the selftest runs as root: true by default). */
  capSysResource?: boolean;
}

/** What lookup() returns for each object type (iommufd_get_ioas and friends). */
export interface ObjectOfType {
  DEVICE: BoundDevice;
  IOAS: Ioas;
  HWPT_PAGING: HwptPaging;
  HWPT_NESTED: HwptNested;
  FAULT: FaultQueue;
  VIOMMU: Viommu;
  VDEVICE: Vdevice;
  VEVENTQ: Veventq;
  HW_QUEUE: HwQueue;
  ACCESS: Access;
}

/** Opens /dev/iommu on a host (iommufd_fops_open); the host keeps its open contexts. */
export function openContext(host: Host, options: ContextOptions = {}): Context {
  const ictx = host.iommufd.add((serial) => {
    const ictx = new Context(host, serial, options.memlockLimit ?? DEFAULT_MEMLOCK_LIMIT);
    ictx.capSysResource = options.capSysResource ?? true;
    return ictx;
  });
  emitObjectEvent(host, 'CREATED', ictx);
  return ictx;
}

/** The host's open contexts, in open order. */
export function contextsOf(host: Host): Context[] {
  return host.iommufd.list();
}

export class Context {
  closed = false;
  /** ictx->account_mode: per-user by default (iommufd_fops_open); IOMMU_OPTION_RLIMIT_MODE changes it. */
  accountMode: AccountMode = 'USER';
  /** capable(CAP_SYS_RESOURCE) of the process that opened it. */
  capSysResource = true;
  readonly memory: ProcessMemory;
  /** iommufd_group per IOMMU group with devices bound here. */
  readonly groups = new Map<IommuGroup, IommufdGroup>();
  /** memfds open in the context's process, by fd; a mapping keeps its file even if a later change drops it. */
  private readonly files: BTree<number, Memfd | Dmabuf> = numericTree();
  private readonly slots: BTree<number, Slot> = numericTree();
  /** IDs below nextFreshId that are free again: the lowest is handed out first. */
  private readonly freedIds: BTree<number, true> = numericTree();
  private nextFreshId = 1;
  /** ictx->vfio_ioas: the IOAS the VFIO type1 compat ioctls act on (vfio-compat.ts). */
  vfioIoas: Ioas | null = null;

  constructor(
    readonly host: Host,
    /** 1, 2, 3... per host: part of stable global IDs. */
    readonly serial: number,
    memlockLimit: bigint,
  ) {
    this.memory = new ProcessMemory(host, memlockLimit);
  }

  get pinnedPages(): bigint {
    return this.memory.pinnedPages;
  }

  get memlockLimit(): bigint {
    return this.memory.memlockLimit;
  }

  set memlockLimit(bytes: bigint) {
    if (bytes < 0n) fail('EINVAL', 'memlock limit is negative', 'memlockLimit');
    this.memory.memlockLimit = bytes;
  }

  // ---- the object table ----------------------------------------------------------------------------

  /** Live objects in ID order. */
  objects(): IommufdObject[] {
    const found: IommufdObject[] = [];
    for (const slot of this.slots.values()) if (slot.kind === 'live') found.push(slot.object);
    return found;
  }

  /** xa_empty(&ictx->objects): no live, reserved or tombstoned ID. */
  objectTableEmpty(): boolean {
    return this.slots.size === 0;
  }

  /** A live object; reserved IDs and tombstones are not objects. */
  object(id: number): IommufdObject | undefined {
    if (!Number.isInteger(id)) return undefined;
    const slot = this.slots.get(id);
    return slot?.kind === 'live' ? slot.object : undefined;
  }

  /**
   * iommufd_get_object (iommufd_get_ioas, iommufd_get_hwpt_paging, ...): a live object of one of
   * `types`, typed as such; anything else is ENOENT.
   */
  lookup<T extends ObjectType>(id: number, types: T | readonly T[], field: string): ObjectOfType[T] {
    const wanted: readonly ObjectType[] = typeof types === 'string' ? [types] : types;
    const found = this.object(id);
    if (!found || !wanted.includes(found.type))
      fail('ENOENT', `no ${wanted.join(' or ')} with ID ${id}`, field);
    return found as ObjectOfType[T];
  }

  /** A live object of any type, `errno` when there is none (HWPT_ALLOC's pt_id uses EINVAL). */
  lookupAny(id: number, errno: Errno, field: string): IommufdObject {
    return this.object(id) ?? fail(errno, `no object with ID ${id}`, field);
  }

  /**
   * Reserves the lowest free ID, builds the object and publishes it; if building throws, the ID is
   * released, so a failed create leaves no ID behind (iommufd_object_finalize).
   */
  createObject<T extends IommufdObject>(build: (id: number) => T): T {
    this.assertOpen();
    const id = this.reserveId();
    try {
      const object = build(id);
      this.slots.set(id, { kind: 'live', object });
      emitObjectEvent(this.host, 'CREATED', object);
      return object;
    } catch (error) {
      this.releaseId(id);
      throw error;
    }
  }

  /** Takes an object out of the table and releases what it holds. */
  removeObject(object: IommufdObject): void {
    if (this.object(object.id) !== object) return;
    this.releaseId(object.id);
    object.teardown();
    emitObjectEvent(this.host, 'DESTROYED', object);
  }

  /** The object leaves but its ID stays taken (ENOENT to every lookup) until the context closes. */
  tombstone(object: IommufdObject): void {
    if (this.object(object.id) !== object) return;
    this.slots.set(object.id, { kind: 'tombstone' });
    object.teardown();
    emitObjectEvent(this.host, 'DESTROYED', object);
  }

  // ---- ioctls --------------------------------------------------------------------------------------

  /** IOMMU_DESTROY (iommufd_destroy): ENOENT when absent, EBUSY while anything else holds it. */
  destroy(id: number): void {
    this.assertOpen();
    const object = this.object(id) ?? fail('ENOENT', `no object with ID ${id}`, 'id');
    if (object.users !== 1) fail('EBUSY', `object ${id} is in use`, 'id');
    this.removeObject(object);
  }

  /**
   * Closes the context: devices are unbound first (their VFIO fds close), then objects are destroyed
   * leaf-first, repeatedly, in ID order (iommufd_fops_release). Returns how many objects went.
   */
  close(): number {
    this.assertOpen();
    const destroyed = this.objects().length;
    for (const object of this.objects()) {
      if (object instanceof BoundDevice && this.object(object.id) === object) deviceUnbind(object);
    }
    for (let progress = true; progress; ) {
      progress = false;
      for (const object of this.objects()) {
        if (object.users === 1 && this.object(object.id) === object) {
          this.removeObject(object);
          progress = true;
        }
      }
    }
    const left = this.objects();
    if (left.length) throw new Error(`close left objects ${left.map((o) => o.id).join(', ')} with users`);
    this.slots.clear();
    this.freedIds.clear();
    this.nextFreshId = 1;
    this.host.pasidAllocator.freeAllOf(this);
    this.closed = true;
    this.host.iommufd.forget(this);
    emitObjectEvent(this.host, 'DESTROYED', this);
    return destroyed;
  }

  deviceBind(device: PciDevice): BoundDevice {
    this.assertOpen();
    return deviceBind(this, device);
  }

  deviceUnbind(devId: number): PciDevice {
    this.assertOpen();
    return deviceUnbind(this.lookup(devId, 'DEVICE', 'devId'));
  }

  /** Attaches the RID (pasid undefined or 0) or a PASID (iommufd_device_change_pt); a bad PASID number is EINVAL first. */
  deviceAttach(devId: number, ptId: number, pasid?: number): Hwpt {
    this.assertOpen();
    const at = pasidArg(pasid);
    return this.changed(deviceAttach(this.lookup(devId, 'DEVICE', 'devId'), ptId, at), devId);
  }

  deviceReplace(devId: number, ptId: number, pasid?: number): Hwpt {
    this.assertOpen();
    const at = pasidArg(pasid);
    return this.changed(deviceReplace(this.lookup(devId, 'DEVICE', 'devId'), ptId, at), devId);
  }

  deviceDetach(devId: number, pasid?: number): void {
    this.assertOpen();
    const at = pasidArg(pasid);
    deviceDetach(this.lookup(devId, 'DEVICE', 'devId'), at);
    this.changed(undefined, devId);
  }

  /** IOMMU_IOAS_ALLOC: no areas, no reservations, alignment 1, huge pages on (iommufd_ioas_alloc_ioctl). */
  ioasAlloc(): Ioas {
    return this.createObject((id) => new Ioas(this, id));
  }

  ioasMap(ioasId: number, args: MapArgs): bigint {
    this.assertOpen();
    return ioasMap(this, ioasId, args);
  }

  /** memfd_create + ftruncate (+ F_ADD_SEALS when sealed) in the context's process: the lowest free fd from 3. */
  memfdCreate(size: bigint, sealed: boolean): Memfd {
    this.assertOpen();
    // ftruncate: a negative length is EINVAL.
    if (size < 0n) fail('EINVAL', 'size is negative', 'size');
    const memfd = new Memfd(this.host, this.freeFd(), size, sealed);
    this.files.set(memfd.fd, memfd);
    return memfd;
  }

  /** A dmabuf fd in the context's process over `size` bytes of MMIO (the exporter side: VFIO or the selftest). */
  dmabufImport(size: bigint): Dmabuf {
    this.assertOpen();
    const dmabuf = new Dmabuf(this.freeFd(), size, this.host.ram.allocate(0n, size));
    this.files.set(dmabuf.fd, dmabuf);
    return dmabuf;
  }

  /** The memfd or dmabuf open at `fd`. */
  file(fd: number): Memfd | Dmabuf | undefined {
    return this.files.get(fd);
  }

  /** Open memfds in fd order. */
  memfdList(): Memfd[] {
    return [...this.files.values()].filter((f): f is Memfd => f instanceof Memfd);
  }

  private freeFd(): number {
    let fd = 3;
    while (this.files.has(fd)) fd += 1;
    return fd;
  }

  /** The process the pins are charged to: 1, then +1 per IOMMU_IOAS_CHANGE_PROCESS. */
  get process(): number {
    return this.memory.process;
  }

  ioasMapFile(ioasId: number, args: MapFileArgs): bigint {
    this.assertOpen();
    return ioasMapFile(this, ioasId, args);
  }

  /** IOMMU_IOAS_CHANGE_PROCESS from a new process with this memlock limit (default: the current one). */
  ioasChangeProcess(memlockLimit: bigint = this.memory.memlockLimit): void {
    this.assertOpen();
    ioasChangeProcess(this, memlockLimit);
  }

  ioasCopy(args: CopyArgs): bigint {
    this.assertOpen();
    return ioasCopy(this, args);
  }

  /** Never throws an IommufdError: the error comes back with the bytes unmapped before it (iopt_unmap_iova). */
  ioasUnmap(ioasId: number, iova: bigint, length: bigint): UnmapResult {
    if (this.closed)
      return { unmapped: 0n, error: new IommufdError('EBADF', 'the context is closed', 'contextId') };
    return ioasUnmap(this, ioasId, iova, length);
  }

  ioasAllowIovas(ioasId: number, ranges: readonly IovaRange[]): void {
    this.assertOpen();
    ioasAllowIovas(this, ioasId, ranges);
    this.changed(undefined, ioasId);
  }

  ioasIovaRanges(ioasId: number): { ranges: IovaRange[]; alignment: bigint } {
    this.assertOpen();
    return ioasIovaRanges(this, ioasId);
  }

  /** IOMMU_OPTION (iommufd_option): returns val64 as copied back to userspace. */
  option(args: OptionArgs): bigint {
    this.assertOpen();
    const val64 = iommuOption(this, args);
    if (args.op === IOMMU_OPTION_OP_SET && args.objectId !== 0) this.changed(undefined, args.objectId);
    return val64;
  }

  ioasSetHugePages(ioasId: number, enabled: boolean): void {
    this.assertOpen();
    ioasSetHugePages(this, ioasId, enabled);
    this.changed(undefined, ioasId);
  }

  /** IOMMU_HWPT_ALLOC (iommufd_hwpt_alloc): paging on an IOAS, nested on a nest-parent HWPT_PAGING or a vIOMMU. */
  hwptAlloc(args: HwptAllocArgs): Hwpt {
    this.assertOpen();
    const pt = this.object(args.ptId);
    if (pt?.type === 'HWPT_PAGING' || pt?.type === 'VIOMMU') return hwptNestedAlloc(this, args);
    return hwptAlloc(this, args);
  }

  /**
   * IOMMU_HWPT_INVALIDATE (iommufd_hwpt_invalidate) on a nested HWPT or a vIOMMU. Never throws an IommufdError: the error
   * comes back with the number of entries carried out before it.
   */
  hwptInvalidate(id: number, requests: readonly InvalidationRequest[]): InvalidateResult {
    if (this.closed) {
      return { entriesHandled: 0, error: new IommufdError('EBADF', 'the context is closed', 'contextId') };
    }
    return hwptInvalidate(this, id, requests);
  }

  /** The guest writes its stage-1 table of a nested HWPT (no ioctl: guest memory). ENOENT if not nested. */
  stage1Map(hwptId: number, args: Stage1MapArgs): HwptNested {
    this.assertOpen();
    const hwpt = this.lookup(hwptId, 'HWPT_NESTED', 'hwptId');
    hwpt.stage1Map(args);
    return hwpt;
  }

  /** The guest clears stage-1 PTEs; cached IOTLB entries stay until an invalidation. */
  stage1Unmap(hwptId: number, args: Stage1UnmapArgs): HwptNested {
    this.assertOpen();
    const hwpt = this.lookup(hwptId, 'HWPT_NESTED', 'hwptId');
    hwpt.stage1Unmap(args);
    return hwpt;
  }

  /** IOMMU_VIOMMU_ALLOC (iommufd_viommu_alloc_ioctl). */
  viommuAlloc(devId: number, hwptId: number, type: ViommuType): Viommu {
    this.assertOpen();
    return viommuAlloc(this, devId, hwptId, type);
  }

  /** IOMMU_VDEVICE_ALLOC (iommufd_vdevice_alloc_ioctl). */
  vdeviceAlloc(viommuId: number, devId: number, virtId: bigint): Vdevice {
    this.assertOpen();
    return vdeviceAlloc(this, viommuId, devId, virtId);
  }

  /** IOMMU_GET_HW_INFO (iommufd_get_hw_info) on a bound device, with the 6.17 input type. */
  getHwInfo(devId: number, args: GetHwInfoArgs): GetHwInfoResult {
    this.assertOpen();
    return getHwInfo(this, devId, args);
  }

  /** IOMMU_HW_QUEUE_ALLOC (iommufd_hw_queue_alloc_ioctl): pins the queue memory, which UNMAP then refuses (EBUSY). */
  hwQueueAlloc(viommuId: number, args: HwQueueAllocArgs): HwQueue {
    this.assertOpen();
    return hwQueueAlloc(this, viommuId, args);
  }

  /** IOMMU_FAULT_QUEUE_ALLOC (iommufd_fault_alloc): a FAULT object a HWPT_ALLOC with faultId routes page faults to. */
  faultQueueAlloc(): FaultQueue {
    this.assertOpen();
    return faultQueueAlloc(this);
  }

  /** read() of the FAULT fd (iommufd_fault_fops_read): up to `max` whole groups, oldest first, each given a cookie. */
  faultQueueRead(faultId: number, max: number): PageFaultGroup[] {
    this.assertOpen();
    return faultQueueRead(this, faultId, max);
  }

  /** write() of one page response to the FAULT fd (iommufd_fault_fops_write): an unknown or answered cookie is EINVAL. */
  faultRespond(faultId: number, cookie: number, code: PageResponseCode): void {
    this.assertOpen();
    faultRespond(this, faultId, cookie, code);
  }

  /** IOMMU_VEVENTQ_ALLOC (iommufd_veventq_alloc) of the vIOMMU's type. */
  veventqAlloc(viommuId: number, depth: number): Veventq {
    this.assertOpen();
    return veventqAlloc(this, viommuId, depth);
  }

  /** read() of the vEVENTQ fd (iommufd_veventq_fops_read): up to `max` entries, oldest first. */
  veventqRead(veventqId: number, max: number): Vevent[] {
    this.assertOpen();
    return veventqRead(this, veventqId, max);
  }

  /** IOMMU_HWPT_SET_DIRTY_TRACKING (iommufd_hwpt_set_dirty_tracking); enabling clears stale dirty bits. */
  hwptSetDirtyTracking(hwptId: number, enabled: boolean): HwptPaging {
    this.assertOpen();
    return this.changed(hwptSetDirtyTracking(this, hwptId, enabled), hwptId);
  }

  /** IOMMU_HWPT_GET_DIRTY_BITMAP (iommufd_hwpt_get_dirty_bitmap): read-and-clear unless noClear. */
  hwptGetDirtyBitmap(hwptId: number, args: DirtyBitmapArgs): DirtyBitmap {
    this.assertOpen();
    return hwptGetDirtyBitmap(this, hwptId, args);
  }

  /** After a successful ioctl that changed object `id`: tells listeners, passes `result` through. */
  private changed<T>(result: T, id: number): T {
    const object = this.object(id);
    if (object) emitObjectEvent(this.host, 'CHANGED', object);
    return result;
  }

  /** EBADF once closed: every ioctl on this fd starts here. */
  assertOpen(): void {
    if (this.closed) fail('EBADF', 'the context is closed', 'contextId');
  }

  private reserveId(): number {
    let id = this.freedIds.minKey();
    if (id !== undefined) {
      this.freedIds.delete(id);
    } else {
      if (this.nextFreshId > MAX_OBJECT_ID) fail('EBUSY', 'no free object ID');
      id = this.nextFreshId++;
    }
    this.slots.set(id, { kind: 'reserved' });
    return id;
  }

  private releaseId(id: number): void {
    this.slots.delete(id);
    if (id === this.nextFreshId - 1) this.nextFreshId--;
    else this.freedIds.set(id, true);
  }
}
