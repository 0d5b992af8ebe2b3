// One open /dev/iommu: the object table (IDs 1..2^31-1, lowest free first; MAIN in the reference §2),
// refcounted destroy, leaf-first close, and one method per ioctl taking object IDs.
import { type Errno, fail, IommufdError } from '../errors.ts';
import { emitObjectEvent } from '../events.ts';
import type { PciDevice } from '../host/device.ts';
import type { Host } from '../host/host.ts';
import type { IommuGroup } from '../host/iommu-group.ts';
import { type BTree, numericTree } from './btree.ts';
import {
  type BoundDevice,
  deviceAttach,
  deviceBind,
  deviceDetach,
  deviceReplace,
  deviceUnbind,
  type IommufdGroup,
} from './device.ts';
import {
  type DirtyBitmap,
  type DirtyBitmapArgs,
  hwptGetDirtyBitmap,
  hwptSetDirtyTracking,
  testMarkDirty,
} from './dirty.ts';
import {
  type FaultQueue,
  faultQueueAlloc,
  faultQueueRead,
  faultRespond,
  type PageFaultGroup,
  type PageResponseCode,
} from './fault-queue.ts';
import { type Hwpt, type HwptAllocArgs, type HwptPaging, hwptAlloc } from './hwpt.ts';
import { type HwptNested, hwptNestedAlloc } from './hwpt-nested.ts';
import { hwptInvalidate, type InvalidateResult, type InvalidationRequest } from './invalidate.ts';
import type { UnmapResult } from './io-pagetable.ts';
import {
  type CopyArgs,
  Ioas,
  ioasAddReserved,
  ioasAllowIovas,
  ioasCopy,
  ioasIovaRanges,
  ioasMap,
  ioasSetHugePages,
  ioasUnmap,
  type MapArgs,
} from './ioas.ts';
import type { IovaRange } from './iova-range.ts';
import { DEFAULT_MEMLOCK_LIMIT, ProcessMemory } from './memory.ts';
import type { IommufdObject, ObjectType } from './object.ts';
import { pasidArg } from './pasid.ts';
import type { Stage1MapArgs, Stage1UnmapArgs } from './stage1.ts';
import { type Vevent, type Veventq, veventqAlloc, veventqRead } from './veventq.ts';
import { type Vdevice, type Viommu, type ViommuType, vdeviceAlloc, viommuAlloc } from './viommu.ts';

/** xa_limit_31b. */
export const MAX_OBJECT_ID = 2 ** 31 - 1;

/** An xarray slot: being created (XA_ZERO_ENTRY), published, or a tombstone left by a destroyed vDEVICE. */
type Slot = { kind: 'reserved' } | { kind: 'live'; object: IommufdObject } | { kind: 'tombstone' };

export interface ContextOptions {
  /** RLIMIT_MEMLOCK in bytes; 64 GiB by default. */
  memlockLimit?: bigint;
}

const openContexts = new WeakMap<Host, Context[]>();
const nextSerial = new WeakMap<Host, number>();

/** Opens /dev/iommu on a host. */
export function openContext(host: Host, options: ContextOptions = {}): Context {
  const serial = nextSerial.get(host) ?? 1;
  nextSerial.set(host, serial + 1);
  const ctx = new Context(host, serial, options.memlockLimit ?? DEFAULT_MEMLOCK_LIMIT);
  openContexts.set(host, [...contextsOf(host), ctx]);
  emitObjectEvent(host, 'CREATED', ctx);
  return ctx;
}

/** The host's open contexts, in open order. */
export function contextsOf(host: Host): Context[] {
  return [...(openContexts.get(host) ?? [])];
}

export class Context {
  closed = false;
  readonly memory: ProcessMemory;
  /** iommufd_group per IOMMU group with devices bound here. */
  readonly groups = new Map<IommuGroup, IommufdGroup>();
  private readonly slots: BTree<number, Slot> = numericTree();
  /** IDs below nextFreshId that are free again: the lowest is handed out first. */
  private readonly freedIds: BTree<number, true> = numericTree();
  private nextFreshId = 1;

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

  /** A live object; reserved IDs and tombstones are not objects. */
  object(id: number): IommufdObject | undefined {
    if (!Number.isInteger(id)) return undefined;
    const slot = this.slots.get(id);
    return slot?.kind === 'live' ? slot.object : undefined;
  }

  /** iommufd_get_object: a live object of one of `types`; anything else is ENOENT (§2). */
  lookup(id: number, types: ObjectType | readonly ObjectType[], field: string): IommufdObject {
    const wanted: readonly ObjectType[] = typeof types === 'string' ? [types] : types;
    const found = this.object(id);
    if (!found || !wanted.includes(found.type))
      fail('ENOENT', `no ${wanted.join(' or ')} with ID ${id}`, field);
    return found;
  }

  /** A live object of any type, `errno` when there is none (HWPT_ALLOC's pt_id uses EINVAL). */
  lookupAny(id: number, errno: Errno, field: string): IommufdObject {
    return this.object(id) ?? fail(errno, `no object with ID ${id}`, field);
  }

  /**
   * Reserves the lowest free ID, builds the object and publishes it; if building throws, the ID is
   * released, so a failed create leaves no ID behind (§1).
   */
  createObject<T extends IommufdObject>(build: (id: number) => T): T {
    this.checkOpen();
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

  /** IOMMU_DESTROY (§3.1): ENOENT when absent, EBUSY while anything else holds it. */
  destroy(id: number): void {
    this.checkOpen();
    const object = this.object(id) ?? fail('ENOENT', `no object with ID ${id}`, 'id');
    if (object.users !== 1) fail('EBUSY', `object ${id} is in use`, 'id');
    this.removeObject(object);
  }

  /**
   * Closes the context: devices are unbound first (their VFIO fds close), then objects are destroyed
   * leaf-first, repeatedly, in ID order (§2 Close). Returns how many objects went.
   */
  close(): number {
    this.checkOpen();
    const destroyed = this.objects().length;
    for (const object of this.objects()) {
      if (object.type === 'DEVICE' && this.object(object.id) === object) deviceUnbind(object as BoundDevice);
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
    openContexts.set(
      this.host,
      contextsOf(this.host).filter((ctx) => ctx !== this),
    );
    emitObjectEvent(this.host, 'DESTROYED', this);
    return destroyed;
  }

  deviceBind(device: PciDevice): BoundDevice {
    this.checkOpen();
    return deviceBind(this, device);
  }

  deviceUnbind(devId: number): PciDevice {
    this.checkOpen();
    return deviceUnbind(this.lookup(devId, 'DEVICE', 'devId') as BoundDevice);
  }

  /** Attaches the RID (pasid undefined or 0) or a PASID (§5.2-§5.3); a bad PASID number is EINVAL first. */
  deviceAttach(devId: number, ptId: number, pasid?: number): Hwpt {
    this.checkOpen();
    const at = pasidArg(pasid);
    return this.changed(deviceAttach(this.lookup(devId, 'DEVICE', 'devId') as BoundDevice, ptId, at), devId);
  }

  deviceReplace(devId: number, ptId: number, pasid?: number): Hwpt {
    this.checkOpen();
    const at = pasidArg(pasid);
    return this.changed(deviceReplace(this.lookup(devId, 'DEVICE', 'devId') as BoundDevice, ptId, at), devId);
  }

  deviceDetach(devId: number, pasid?: number): void {
    this.checkOpen();
    const at = pasidArg(pasid);
    deviceDetach(this.lookup(devId, 'DEVICE', 'devId') as BoundDevice, at);
    this.changed(undefined, devId);
  }

  /** IOMMU_IOAS_ALLOC: no areas, no reservations, alignment 1, huge pages on (§3.2). */
  ioasAlloc(): Ioas {
    return this.createObject((id) => new Ioas(this, id));
  }

  ioasMap(ioasId: number, args: MapArgs): bigint {
    this.checkOpen();
    return ioasMap(this, ioasId, args);
  }

  ioasCopy(args: CopyArgs): bigint {
    this.checkOpen();
    return ioasCopy(this, args);
  }

  /** Never throws an IommufdError: the error comes back with the bytes unmapped before it (§3.8). */
  ioasUnmap(ioasId: number, iova: bigint, length: bigint): UnmapResult {
    if (this.closed)
      return { unmapped: 0n, error: new IommufdError('EBADF', 'the context is closed', 'contextId') };
    return ioasUnmap(this, ioasId, iova, length);
  }

  ioasAllowIovas(ioasId: number, ranges: readonly IovaRange[]): void {
    this.checkOpen();
    ioasAllowIovas(this, ioasId, ranges);
    this.changed(undefined, ioasId);
  }

  ioasIovaRanges(ioasId: number): { ranges: IovaRange[]; alignment: bigint } {
    this.checkOpen();
    return ioasIovaRanges(this, ioasId);
  }

  ioasSetHugePages(ioasId: number, enabled: boolean): void {
    this.checkOpen();
    ioasSetHugePages(this, ioasId, enabled);
    this.changed(undefined, ioasId);
  }

  ioasAddReserved(ioasId: number, start: bigint, length: bigint): void {
    this.checkOpen();
    ioasAddReserved(this, ioasId, start, length);
  }

  /** IOMMU_HWPT_ALLOC (§3.11): paging on an IOAS, nested on a nest-parent HWPT_PAGING or a vIOMMU. */
  hwptAlloc(args: HwptAllocArgs): Hwpt {
    this.checkOpen();
    const pt = this.object(args.ptId);
    if (pt?.type === 'HWPT_PAGING' || pt?.type === 'VIOMMU') return hwptNestedAlloc(this, args);
    return hwptAlloc(this, args);
  }

  /**
   * IOMMU_HWPT_INVALIDATE (§3.15) on a nested HWPT or a vIOMMU. Never throws an IommufdError: the error
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
    this.checkOpen();
    const hwpt = this.lookup(hwptId, 'HWPT_NESTED', 'hwptId') as HwptNested;
    hwpt.stage1Map(args);
    return hwpt;
  }

  /** The guest clears stage-1 PTEs; cached IOTLB entries stay until an invalidation. */
  stage1Unmap(hwptId: number, args: Stage1UnmapArgs): HwptNested {
    this.checkOpen();
    const hwpt = this.lookup(hwptId, 'HWPT_NESTED', 'hwptId') as HwptNested;
    hwpt.stage1Unmap(args);
    return hwpt;
  }

  /** IOMMU_VIOMMU_ALLOC (§3.17). */
  viommuAlloc(devId: number, hwptId: number, type: ViommuType): Viommu {
    this.checkOpen();
    return viommuAlloc(this, devId, hwptId, type);
  }

  /** IOMMU_VDEVICE_ALLOC (§3.18). */
  vdeviceAlloc(viommuId: number, devId: number, virtId: bigint): Vdevice {
    this.checkOpen();
    return vdeviceAlloc(this, viommuId, devId, virtId);
  }

  /** IOMMU_FAULT_QUEUE_ALLOC (§3.16): a FAULT object a HWPT_ALLOC with faultId routes page faults to. */
  faultQueueAlloc(): FaultQueue {
    this.checkOpen();
    return faultQueueAlloc(this);
  }

  /** read() of the FAULT fd (§8): up to `max` whole groups, oldest first, each given a cookie. */
  faultQueueRead(faultId: number, max: number): PageFaultGroup[] {
    this.checkOpen();
    return faultQueueRead(this, faultId, max);
  }

  /** write() of one page response to the FAULT fd (§8): an unknown or answered cookie is EINVAL. */
  faultRespond(faultId: number, cookie: number, code: PageResponseCode): void {
    this.checkOpen();
    faultRespond(this, faultId, cookie, code);
  }

  /** IOMMU_VEVENTQ_ALLOC (§3.20) of the vIOMMU's type. */
  veventqAlloc(viommuId: number, depth: number): Veventq {
    this.checkOpen();
    return veventqAlloc(this, viommuId, depth);
  }

  /** read() of the vEVENTQ fd (§9.2): up to `max` entries, oldest first. */
  veventqRead(veventqId: number, max: number): Vevent[] {
    this.checkOpen();
    return veventqRead(this, veventqId, max);
  }

  /** IOMMU_HWPT_SET_DIRTY_TRACKING (§3.13); enabling clears stale dirty bits. */
  hwptSetDirtyTracking(hwptId: number, enabled: boolean): HwptPaging {
    this.checkOpen();
    return this.changed(hwptSetDirtyTracking(this, hwptId, enabled), hwptId);
  }

  /** IOMMU_HWPT_GET_DIRTY_BITMAP (§3.14): read-and-clear unless noClear. */
  hwptGetDirtyBitmap(hwptId: number, args: DirtyBitmapArgs): DirtyBitmap {
    this.checkOpen();
    return hwptGetDirtyBitmap(this, hwptId, args);
  }

  /** IOMMU_TEST_OP_DIRTY (selftest kernels): marks IOPTEs dirty as a device write would. */
  testMarkDirty(hwptId: number, iova: bigint, length: bigint): void {
    this.checkOpen();
    testMarkDirty(this, hwptId, iova, length);
  }

  /** After a successful ioctl that changed object `id`: tells listeners, passes `result` through. */
  private changed<T>(result: T, id: number): T {
    const object = this.object(id);
    if (object) emitObjectEvent(this.host, 'CHANGED', object);
    return result;
  }

  private checkOpen(): void {
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
