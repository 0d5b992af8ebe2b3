// IOMMUFD_OBJ_VEVENTQ: a vIOMMU's queue of events for the guest, one per type per vIOMMU (EVQ in
// reference/iommufd-uapi.md §3.20, §9.2). Each event gets the queue's next sequence number (from 0,
// wrapping INT_MAX → 0, lost ones included). When `depth` real events wait, a new one is dropped and
// one LOST_EVENTS entry sits at the tail carrying its sequence; the next real event that finds room
// replaces that tail entry, so the reader sees the loss as a gap. Reading a real event frees a slot.
// vEventInject is the selftest's IOMMU_TEST_OP_TRIGGER_VEVENT.
import { fail } from '../errors.ts';
import type { PciDevice } from '../host/device.ts';
import type { Context } from './context.ts';
import { bindingOf, NO_PASID } from './device.ts';
import { HwptNested } from './hwpt-nested.ts';
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
  return viommu.viommuType === 'MOCK' ? 'SELFTEST' : 'ARM_SMMUV3';
}

/** IOMMU_VEVENTQ_ALLOC (§3.20), checks in kernel order; the type is the vIOMMU's. */
export function veventqAlloc(ctx: Context, viommuId: number, depth: number): Veventq {
  if (!Number.isInteger(depth) || depth < 1 || depth > VEVENTQ_DEPTH_MAX) {
    fail('EINVAL', `depth ${depth} is not 1..${VEVENTQ_DEPTH_MAX}`, 'depth');
  }
  const viommu = ctx.lookup(viommuId, 'VIOMMU', 'viommuId') as Viommu;
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
  const queue = ctx.lookup(veventqId, 'VEVENTQ', 'veventqId') as Veventq;
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

// ---- event records ----------------------------------------------------------------------------------

/** SMMUv3 event IDs (EVTQ_0_ID) the kernel forwards to a vSMMU. */
export const SMMUV3_EVT = {
  C_BAD_STE: 0x04,
  F_STREAM_DISABLED: 0x06,
  C_BAD_SUBSTREAMID: 0x08,
  C_BAD_CD: 0x0a,
  F_TRANSLATION: 0x10,
  F_ADDR_SIZE: 0x11,
  F_ACCESS: 0x12,
  F_PERMISSION: 0x13,
} as const;

/** EVTQ_1_CLASS values: what the access was doing when it faulted. */
export const SMMUV3_EVT_CLASS = { CD: 0n, TT: 1n, IN: 2n } as const;

export interface Smmuv3EventFields {
  eventId: number;
  /** The guest's StreamID (the vDEVICE's virt_id), word0 bits 63:32. */
  vsid: bigint;
  /** SubstreamID (PASID): word0 SSV bit 11 and SSID bits 31:12 when set. */
  ssid?: number | null;
  /** The input address, word2. */
  address: bigint;
  /** RnW (word1 bit 35): a read. */
  read: boolean;
  /** EVTQ_1_CLASS, word1 bits 41:40 (IN by default). */
  eventClass?: bigint;
}

const U32_MASK = 0xffff_ffffn;

/**
 * The 256-bit SMMUv3 event record a vSMMU receives, as four u64 words (the layout of the SMMUv3
 * architecture's event queue entry, as arm_vmaster_report_event forwards it with the vSID):
 * word0 = ID[7:0] | SSV[11] | SSID[31:12] | StreamID[63:32]; word1 = RnW[35] | CLASS[41:40]
 * (S2[39] is never set: stage-2 faults stay with the host); word2 = input address; word3 = 0 (the IPA
 * field, meaningful for stage-2 faults only).
 */
export function smmuv3EventRecord(fields: Smmuv3EventFields): bigint[] {
  let word0 = BigInt(fields.eventId & 0xff) | ((fields.vsid & U32_MASK) << 32n);
  if (fields.ssid !== undefined && fields.ssid !== null && fields.ssid !== NO_PASID) {
    word0 |= (1n << 11n) | (BigInt(fields.ssid & 0xfffff) << 12n);
  }
  const word1 = (fields.read ? 1n << 35n : 0n) | ((fields.eventClass ?? SMMUV3_EVT_CLASS.IN) << 40n);
  return [word0, word1, fields.address, 0n];
}

/** struct iommu_viommu_event_selftest {u32 virt_id}, as one word. */
export function selftestEventRecord(virtId: bigint): bigint[] {
  return [virtId & U32_MASK];
}

/**
 * IOMMU_TEST_OP_TRIGGER_VEVENT on a physical device: ENODEV when it is not bound (the model's stand-in
 * for a dev_id that is no DEVICE); ENOENT unless its RID sits on a vIOMMU-backed nested HWPT and it has
 * a vDEVICE there; then one event of the vIOMMU's type (SELFTEST `{virt_id}`; ARM_SMMUV3 an
 * F_TRANSLATION record for `address`, a read). No vEVENTQ of that type: the event is dropped and the
 * op returns the driver's EOPNOTSUPP, as the mock passes report_event's error on.
 */
export function vEventInject(device: PciDevice, options: { address?: bigint } = {}): Vevent {
  const bound = bindingOf(device);
  if (!bound) fail('ENODEV', `${device.bdf} is not bound to an iommufd`, 'deviceId');
  const hwpt = bound.igroup.attachments.get(NO_PASID)?.hwpt;
  const viommu = hwpt instanceof HwptNested ? hwpt.viommu : null;
  const vdevice = bound.vdevice;
  if (!viommu || !vdevice || vdevice.viommu !== viommu) {
    fail('ENOENT', `${device.bdf} is not on a vIOMMU nested HWPT with a vDEVICE`, 'deviceId');
  }
  const type = veventqTypeOf(viommu);
  const data =
    type === 'SELFTEST'
      ? selftestEventRecord(vdevice.virtId)
      : smmuv3EventRecord({
          eventId: SMMUV3_EVT.F_TRANSLATION,
          vsid: vdevice.virtId,
          address: options.address ?? 0n,
          read: true,
        });
  const event = viommuReportEvent(viommu, type, vdevice.virtId, data);
  if (!event) fail('EOPNOTSUPP', `vIOMMU ${viommu.id} has no ${type} vEVENTQ`, 'deviceId');
  return event;
}
