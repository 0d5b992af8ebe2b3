// IOMMUFD_OBJ_FAULT: the queue of I/O page fault groups a HWPT allocated with FAULT_ID_VALID routes its
// faults to (iommufd_fault_alloc, iommufd_fault_fops_read). Groups wait in `queued` until read; a read
// hands out whole groups, oldest first, and gives each a cookie (the lowest free one from 1, as the
// kernel's ALLOC1 xarray does); a response names the cookie once. Pending groups of an attachment are
// answered INVALID when it goes (detach, replace) and all of them when the FAULT is destroyed (iommufd_fault_destroy).
// There is no fd here, so read()/write()'s ESPIPE checks have nothing to check.
import { fail } from '../errors.ts';
import type { Context } from './context.ts';
import type { BoundDevice, IommufdGroup } from './device.ts';
import type { Hwpt } from './hwpt.ts';
import { IommufdObject } from './object.ts';

/** iommu_hwpt_pgfault perm bits: READ=1, WRITE=2, EXEC=4, PRIV=8. */
export type FaultPermission = 'READ' | 'WRITE' | 'EXEC' | 'PRIV';
export const FAULT_PERMISSIONS: readonly FaultPermission[] = ['READ', 'WRITE', 'EXEC', 'PRIV'];

/** iommu_hwpt_page_response code: IOMMUFD_PAGE_RESP_SUCCESS=0, IOMMUFD_PAGE_RESP_INVALID=1. */
export type PageResponseCode = 'SUCCESS' | 'INVALID';

/** One record of a group (struct iommu_hwpt_pgfault without dev_id, grpid and cookie). */
export interface PageFault {
  address: bigint;
  permissions: FaultPermission[];
  /** Set with IOMMU_PGFAULT_FLAGS_PASID_VALID; null without it. */
  pasid: number | null;
  /** IOMMU_PGFAULT_FLAGS_LAST_PAGE: the last request of its group. */
  lastPage: boolean;
}

/** An iopf_group: the page requests of one device's group, answered together. */
export class PageFaultGroup {
  /** Assigned when read (lowest free from 1), released when answered. */
  cookie: number | null = null;
  /** The answer once there is one (faultRespond or an automatic INVALID). */
  responseCode: PageResponseCode | null = null;
  /** Settles with the answer; never rejects. */
  readonly response: Promise<PageResponseCode>;
  private settle!: (code: PageResponseCode) => void;

  constructor(
    readonly faultQueue: FaultQueue,
    readonly device: BoundDevice,
    readonly groupId: number,
    readonly faults: PageFault[],
    /** The attach handle the fault came through: the HWPT and the PASID it is attached at (0: RID). */
    readonly hwpt: Hwpt,
    readonly attachedPasid: number,
  ) {
    this.response = new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  get answered(): boolean {
    return this.responseCode !== null;
  }

  /** @internal iopf_group_response: once only. */
  answer(code: PageResponseCode): void {
    if (this.responseCode !== null) return;
    this.responseCode = code;
    this.device.outstandingPageRequests--;
    this.settle(code);
  }
}

export class FaultQueue extends IommufdObject {
  readonly type = 'FAULT' as const;
  /** Delivered by the IOMMU, waiting to be read, oldest first. */
  readonly queued: PageFaultGroup[] = [];
  /** Read (cookie assigned) and not yet answered, in read order. */
  readonly awaitingResponse: PageFaultGroup[] = [];
  /** The response xarray: cookie → group. */
  private readonly byCookie = new Map<number, PageFaultGroup>();

  constructor(context: Context, id: number) {
    super(context, id);
  }

  /** iommufd_fault_iopf_handler: the group joins the tail of the queue; listeners hear of it. */
  deliver(group: PageFaultGroup): void {
    this.queued.push(group);
    const host = this.context.host;
    host.events.emit({ kind: 'pageFault', host, group });
  }

  /** read(): up to `max` whole groups, oldest first, each given the lowest free cookie. */
  read(max: number): PageFaultGroup[] {
    if (!Number.isInteger(max) || max < 1) fail('EINVAL', `max ${max} is not a positive count`, 'max');
    const handed = this.queued.splice(0, max);
    for (const group of handed) {
      group.cookie = this.lowestFreeCookie();
      this.byCookie.set(group.cookie, group);
      this.awaitingResponse.push(group);
    }
    return handed;
  }

  /** write() of one iommu_hwpt_page_response: the code is checked first, then the cookie (EINVAL). */
  respond(cookie: number, code: PageResponseCode): PageFaultGroup {
    if (code !== 'SUCCESS' && code !== 'INVALID') {
      fail('EINVAL', `response code ${String(code)} is neither SUCCESS nor INVALID`, 'code');
    }
    const group = Number.isInteger(cookie) ? this.byCookie.get(cookie) : undefined;
    if (!group) fail('EINVAL', `cookie ${cookie} names no group awaiting a response`, 'cookie');
    this.release(group);
    group.answer(code);
    return group;
  }

  /**
   * iommufd_auto_response_faults: every pending group (queued or awaiting) that came through the
   * attachment of `igroup` at `pasid` to `hwpt` is answered INVALID. Returns how many.
   */
  autoRespond(hwpt: Hwpt, igroup: IommufdGroup, pasid: number): number {
    const matches = (group: PageFaultGroup) =>
      group.hwpt === hwpt && group.attachedPasid === pasid && group.device.igroup === igroup;
    return this.answerAll(matches);
  }

  /** iommufd_fault_destroy: whatever is still pending is answered INVALID. */
  teardown(): void {
    this.answerAll(() => true);
  }

  private answerAll(matches: (group: PageFaultGroup) => boolean): number {
    const answered: PageFaultGroup[] = [];
    for (let index = 0; index < this.queued.length; ) {
      const group = this.queued[index]!;
      if (matches(group)) {
        this.queued.splice(index, 1);
        answered.push(group);
      } else {
        index++;
      }
    }
    for (const group of [...this.awaitingResponse]) {
      if (!matches(group)) continue;
      this.release(group);
      answered.push(group);
    }
    for (const group of answered) group.answer('INVALID');
    return answered.length;
  }

  private release(group: PageFaultGroup): void {
    if (group.cookie !== null) this.byCookie.delete(group.cookie);
    const index = this.awaitingResponse.indexOf(group);
    if (index !== -1) this.awaitingResponse.splice(index, 1);
  }

  private lowestFreeCookie(): number {
    let cookie = 1;
    while (this.byCookie.has(cookie)) cookie++;
    return cookie;
  }
}

/** IOMMU_FAULT_QUEUE_ALLOC (iommufd_fault_alloc): flags must be 0, which this call cannot get wrong. */
export function faultQueueAlloc(ctx: Context): FaultQueue {
  return ctx.createObject((id) => new FaultQueue(ctx, id));
}

/** read() on the FAULT fd; a FAULT ID that is none is ENOENT (the model's stand-in for the fd). */
export function faultQueueRead(ctx: Context, faultId: number, max: number): PageFaultGroup[] {
  const queue = ctx.lookup(faultId, 'FAULT', 'faultId');
  return queue.read(max);
}

/** write() on the FAULT fd with one response. */
export function faultRespond(ctx: Context, faultId: number, cookie: number, code: PageResponseCode): void {
  const queue = ctx.lookup(faultId, 'FAULT', 'faultId');
  queue.respond(cookie, code);
}

/** The pending groups of an attachment going away (detach, replace) are answered INVALID (iommufd_auto_response_faults). */
export function autoRespondFaults(hwpt: Hwpt, igroup: IommufdGroup, pasid: number): void {
  hwpt.faultQueue?.autoRespond(hwpt, igroup, pasid);
}
