// The SMMUv3 event records a vSMMU receives (arm_smmu_handle_evt → arm_vmaster_report_event): which
// stage-1 fault becomes which event, and the 256-bit record with the guest's StreamID in it.
import type { DmaAccess, TranslationFault } from '../dma/translate.ts';
import { NO_PASID } from '../iommufd/device.ts';

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

/** The event a stage-1 fault is; `badSte` when the nested STE is invalid (V=0), null when none is recorded. */
function smmuv3EventId(fault: TranslationFault, badSte: boolean): number | null {
  switch (fault.reason) {
    case 'NOT_MAPPED':
      return SMMUV3_EVT.F_TRANSLATION;
    case 'PERMISSION':
      return SMMUV3_EVT.F_PERMISSION;
    case 'OUT_OF_RANGE':
      return SMMUV3_EVT.F_ADDR_SIZE;
    case 'BLOCKED':
      // An STE with V=0 is a bad STE (C_BAD_STE); Config = abort aborts without an event.
      return badSte ? SMMUV3_EVT.C_BAD_STE : null;
  }
}

/** The record a stage-1 fault of a nested domain reports, or null when the SMMU records none. */
export function smmuv3FaultEvent(
  fault: TranslationFault,
  access: DmaAccess,
  pasid: number,
  vsid: bigint,
  badSte: boolean,
): bigint[] | null {
  const eventId = smmuv3EventId(fault, badSte);
  if (eventId === null) return null;
  return smmuv3EventRecord({ eventId, vsid, ssid: pasid, address: fault.iova, read: access === 'READ' });
}
