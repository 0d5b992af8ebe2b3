// IOMMUFD_OBJ_VEVENTQ: a vIOMMU's queue of events for the guest, one per type per vIOMMU
// (iommufd_veventq_alloc, iommufd_veventq_fops_read). Each event gets the queue's next sequence number (from 0,
// wrapping INT_MAX → 0, lost ones included). When `depth` real events wait, a new one is dropped and
// one LOST_EVENTS entry sits at the tail carrying its sequence; the next real event that finds room
// replaces that tail entry, so the reader sees the loss as a gap. Reading a real event frees a slot.
import { fail } from '../errors.ts';
import type { Context } from './context.ts';
import { IommufdObject } from './object.ts';
import type { Viommu } from './viommu.ts';

/** enum iommu_veventq_type (the selftest's IOMMU_VEVENTQ_TYPE_SELFTEST is 0xbeefbeef). */
export type VeventqType = 'ARM_SMMUV3' | 'SELFTEST';
export const VEVENTQ_TYPE_CODES: Readonly<Record<VeventqType, number>> = {
  ARM_SMMUV3: 1,
  SELFTEST: 0xbeefbeef,
};

/** INT_MAX: sequence numbers wrap after it; the largest depth the model takes. */
export const VEVENTQ_SEQUENCE_MAX = 2 ** 31 - 1;
export const VEVENTQ_DEPTH_MAX = VEVENTQ_SEQUENCE_MAX;

/** struct iommufd_vevent_header plus its data. */
export interface Vevent {
  sequence: number;
  /** IOMMU_VEVENTQ_FLAG_LOST_EVENTS: a header without data marking dropped events. */
  lostEvents: boolean;
  /** The guest's device ID the event is about; null for a LOST_EVENTS entry. */
  virtId: bigint | null;
  /**
   * The type's record as 64-bit words: ARM_SMMUV3 `le64 evt[4]` (see smmuv3EventRecord), SELFTEST
   * `{u32 virt_id}` as one word. Empty for a LOST_EVENTS entry.
   */
  data: bigint[];
}

export class Veventq extends IommufdObject {
  readonly type = 'VEVENTQ' as const;
  /** Waiting to be read, oldest first; after an overflow a LOST_EVENTS entry is the tail. */
  readonly queued: Vevent[] = [];
  /** The next event's sequence number (0..INT_MAX; the selftest cannot reach the wrap, tests set it). */
  nextSequence = 0;
  /** Real events queued (a LOST_EVENTS entry takes no slot). */
  private numEvents = 0;

  /** Real events waiting: at most `depth`. */
  get eventCount(): number {
    return this.numEvents;
  }

  constructor(
    context: Context,
    id: number,
    readonly viommu: Viommu,
    readonly veventqType: VeventqType,
    readonly depth: number,
  ) {
    super(context, id);
  }

  /** iommufd_viommu_report_event on this queue: returns the entry that entered it. */
  report(virtId: bigint, data: bigint[]): Vevent {
    const full = this.numEvents === this.depth;
    const event: Vevent = full
      ? { sequence: this.nextSequence, lostEvents: true, virtId: null, data: [] }
      : { sequence: this.nextSequence, lostEvents: false, virtId, data: [...data] };
    if (!full) this.numEvents++;
    // The tail LOST_EVENTS entry goes as anything new arrives (a new LOST entry updates the sequence).
    if (this.queued.at(-1)?.lostEvents) this.queued.pop();
    this.queued.push(event);
    this.nextSequence = this.nextSequence === VEVENTQ_SEQUENCE_MAX ? 0 : this.nextSequence + 1;
    const host = this.context.host;
    host.events.emit({ kind: 'vevent', host, queue: this, event });
    return event;
  }

  /** read(): up to `max` entries, oldest first; each real one read frees a slot. */
  read(max: number): Vevent[] {
    if (!Number.isInteger(max) || max < 1) fail('EINVAL', `max ${max} is not a positive count`, 'max');
    const taken = this.queued.splice(0, max);
    for (const event of taken) if (!event.lostEvents) this.numEvents--;
    return taken;
  }

  teardown(): void {
    const index = this.viommu.eventQueues.indexOf(this);
    if (index !== -1) this.viommu.eventQueues.splice(index, 1);
    this.viommu.dropUser();
  }
}

/** The vEVENTQ type a vIOMMU's driver reports. */
export function veventqTypeOf(viommu: Viommu): VeventqType {
  return viommu.ops.veventqType;
}

/** IOMMU_VEVENTQ_ALLOC (iommufd_veventq_alloc), checks in kernel order; the type is the vIOMMU's. */
export function veventqAlloc(ctx: Context, viommuId: number, depth: number): Veventq {
  if (!Number.isInteger(depth) || depth < 1 || depth > VEVENTQ_DEPTH_MAX) {
    fail('EINVAL', `depth ${depth} is not 1..${VEVENTQ_DEPTH_MAX}`, 'depth');
  }
  const viommu = ctx.lookup(viommuId, 'VIOMMU', 'viommuId');
  const type = veventqTypeOf(viommu);
  const existing = viommu.eventQueues.find((queue) => queue.veventqType === type);
  if (existing) fail('EEXIST', `vIOMMU ${viommuId} already has ${type} vEVENTQ ${existing.id}`, 'viommuId');
  return ctx.createObject((id) => {
    const queue = new Veventq(ctx, id, viommu, type, depth);
    viommu.eventQueues.push(queue);
    viommu.addUser();
    return queue;
  });
}

/** read() on the vEVENTQ fd. */
export function veventqRead(ctx: Context, veventqId: number, max: number): Vevent[] {
  const queue = ctx.lookup(veventqId, 'VEVENTQ', 'veventqId');
  return queue.read(max);
}

/**
 * iommufd_viommu_report_event: the event goes to the vIOMMU's vEVENTQ of `type`; with none it is
 * dropped and the driver hears EOPNOTSUPP (returned as null here).
 */
export function viommuReportEvent(
  viommu: Viommu,
  type: VeventqType,
  virtId: bigint,
  data: bigint[],
): Vevent | null {
  const queue = viommu.eventQueues.find((candidate) => candidate.veventqType === type);
  return queue ? queue.report(virtId, data) : null;
}
