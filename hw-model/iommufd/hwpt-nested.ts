// HWPT_NESTED: a guest-owned stage-1 table on top of a nest-parent HWPT_PAGING (stage 2), allocated on
// the parent directly or on a vIOMMU (reference/iommufd-uapi.md §3.11 steps 6-8, §6). It carries the
// driver's data (VT-d first-stage config, SMMUv3 STE, the selftest's iotlb value), the guest's stage-1
// tables per PASID and the emulated IOTLB that caches them.
import { fail } from '../errors.ts';
import type { IommuUnit } from '../iommu/iommu.ts';
import { PAGE_SIZE, toHex, U64_MAX } from '../u64.ts';
import type { Context } from './context.ts';
import type { BoundDevice } from './device.ts';
import type { FaultQueue } from './fault-queue.ts';
import { Hwpt, type HwptAllocArgs, HwptPaging } from './hwpt.ts';
import { Iotlb, type PasidKey, pasidKey } from './iotlb.ts';
import type { IommufdObject } from './object.ts';
import {
  checkStage1Range,
  type Stage1MapArgs,
  type Stage1Range,
  Stage1Table,
  type Stage1UnmapArgs,
} from './stage1.ts';
import type { Viommu } from './viommu.ts';

export type HwptDataType = 'VTD_S1' | 'ARM_SMMUV3' | 'AMD_GUEST' | 'SELFTEST';

/** IOMMU_HWPT_ALLOC driver data (data_type + data_uptr). */
export type HwptData =
  | { type: 'VTD_S1'; pgtblAddr: bigint; addrWidth: number; flags: number }
  | { type: 'ARM_SMMUV3'; ste: bigint[] }
  | { type: 'SELFTEST'; iotlb: number };

/** iommu_hwpt_vtd_s1 flags: IOMMU_VTD_S1_SRE | IOMMU_VTD_S1_EAFE | IOMMU_VTD_S1_WPE. */
export const VTD_S1_FLAGS = 0b111;
/** The first-stage widths VT-d walks: 4-level (48) and 5-level (57) paging. */
export const VTD_S1_ADDR_WIDTHS = [48, 57];
/** STE bits a guest may set in a nested STE (STRTAB_STE_0/1_NESTING_ALLOWED); others are EIO. */
export const STE0_NESTING_ALLOWED = 0xf80fffffffffffffn;
export const STE1_NESTING_ALLOWED = 0x380000ffn;
/** STE.Config (STE0 bits 3:1) values a nested STE may use. */
export const STE_CFG_ABORT = 0n;
export const STE_CFG_BYPASS = 4n;
export const STE_CFG_S1_TRANS = 5n;
/** SMMUv3 stage-1 input width the model uses (4K granule, no VAX). */
export const SMMUV3_S1_ADDRESS_WIDTH = 48;
/** MOCK_NESTED_DOMAIN_IOTLB_NUM, and the ID bound an invalidation may name. */
export const MOCK_IOTLB_NUM = 4;
export const MOCK_IOTLB_ID_MAX = MOCK_IOTLB_NUM - 1;

/** What stage 1 does with DMA: the SMMUv3 STE can bypass or abort it; every other format translates. */
export type Stage1Mode = 'TRANSLATE' | 'BYPASS' | 'ABORT';

/** Result of a stage-1 walk, without side effects. */
export type Stage1Walk =
  | { kind: 'ok'; intermediateAddress: bigint; readable: boolean; writable: boolean }
  | { kind: 'fault'; reason: 'BLOCKED' | 'NOT_MAPPED' | 'OUT_OF_RANGE'; message: string };

export class HwptNested extends Hwpt {
  readonly type = 'HWPT_NESTED' as const;
  readonly dataType: HwptDataType;
  /** The driver data as accepted (an SMMUv3 STE with V=0 is kept zeroed, as the kernel does). */
  readonly data: HwptData;
  readonly stage1Mode: Stage1Mode;
  /** The guest's stage-1 tables; key null is the RID (no PASID). */
  readonly stage1 = new Map<PasidKey, Stage1Table>();
  readonly iotlb = new Iotlb();
  /** The selftest mock's four IOTLB values (MD_CHECK_IOTLB), set to the data's iotlb at alloc. */
  private readonly mockIotlbValues: number[];

  constructor(
    context: Context,
    id: number,
    readonly parent: HwptPaging,
    readonly viommu: Viommu | null,
    readonly iommu: IommuUnit,
    data: HwptData,
    readonly pasidCompatible: boolean,
  ) {
    super(context, id);
    this.dataType = data.type;
    this.data = data;
    this.stage1Mode = data.type === 'ARM_SMMUV3' ? steStage1Mode(data.ste) : 'TRANSLATE';
    this.mockIotlbValues = new Array(MOCK_IOTLB_NUM).fill(data.type === 'SELFTEST' ? data.iotlb : 0);
  }

  get paging(): HwptPaging {
    return this.parent;
  }

  /** The object whose user this HWPT holds: its vIOMMU, or its parent when allocated on it (§2). */
  get holder(): IommufdObject {
    return this.viommu ?? this.parent;
  }

  /** Bits of IOVA and GPA the guest's stage 1 can hold. */
  get stage1AddressWidth(): number {
    if (this.data.type === 'VTD_S1') return this.data.addrWidth;
    if (this.data.type === 'ARM_SMMUV3') return SMMUV3_S1_ADDRESS_WIDTH;
    return this.iommu.addressWidth;
  }

  /** IOMMU_TEST_OP_MD_CHECK_IOTLB: the mock IOTLB entry `id` (0..3). */
  mockIotlb(id: number): number {
    if (!Number.isInteger(id) || id < 0 || id > MOCK_IOTLB_ID_MAX) {
      fail('EINVAL', `mock IOTLB id ${id} is not 0..${MOCK_IOTLB_ID_MAX}`, 'id');
    }
    return this.mockIotlbValues[id]!;
  }

  /** The selftest's invalidation: one mock IOTLB entry, or all of them. */
  clearMockIotlb(id: number | 'ALL'): void {
    if (id === 'ALL') this.mockIotlbValues.fill(0);
    else this.mockIotlbValues[id] = 0;
  }

  stage1Table(pasid?: number | null): Stage1Table | undefined {
    return this.stage1.get(pasidKey(pasid));
  }

  /** The guest writes stage-1 PTEs: all of [iova, iova + length) must be unmapped (EEXIST). */
  stage1Map(args: Stage1MapArgs): void {
    const key = checkPasid(args.pasid);
    const width = this.stage1AddressWidth;
    const last = checkStage1Range(args.iova, args.length, width, 'iova');
    checkStage1Range(args.gpa, args.length, width, 'gpa');
    if (!args.readable && !args.writable) fail('EINVAL', 'a stage-1 mapping needs read or write', 'readable');
    const range: Stage1Range = {
      iova: args.iova,
      last,
      gpa: args.gpa,
      readable: args.readable,
      writable: args.writable,
    };
    let table = this.stage1.get(key);
    if (!table) {
      table = new Stage1Table();
      table.map(range);
      this.stage1.set(key, table);
    } else {
      table.map(range);
    }
  }

  /** The guest clears stage-1 PTEs; ENOENT when none were set. The IOTLB keeps its entries. */
  stage1Unmap(args: Stage1UnmapArgs): bigint {
    const key = checkPasid(args.pasid);
    const last = checkStage1Range(args.iova, args.length, this.stage1AddressWidth, 'iova');
    const table = this.stage1.get(key);
    if (!table)
      fail('ENOENT', `stage 1 maps nothing for ${key === null ? 'the RID' : `PASID ${key}`}`, 'iova');
    const cleared = table.unmap(args.iova, last);
    if (table.size === 0) this.stage1.delete(key);
    return cleared;
  }

  /** A stage-1 walk of the guest's table (IOVA → GPA). No side effects. */
  walkStage1(pasid: PasidKey, iova: bigint): Stage1Walk {
    if (this.stage1Mode === 'ABORT') {
      return { kind: 'fault', reason: 'BLOCKED', message: `the STE of HWPT ${this.id} aborts DMA` };
    }
    if (this.stage1Mode === 'BYPASS') {
      return { kind: 'ok', intermediateAddress: iova, readable: true, writable: true };
    }
    if (iova >> BigInt(this.stage1AddressWidth) !== 0n) {
      return {
        kind: 'fault',
        reason: 'OUT_OF_RANGE',
        message: `${toHex(iova)} is beyond the ${this.stage1AddressWidth}-bit stage-1 input of HWPT ${this.id}`,
      };
    }
    const range = this.stage1.get(pasid)?.lookup(iova);
    if (!range) {
      return {
        kind: 'fault',
        reason: 'NOT_MAPPED',
        message: `stage 1 of HWPT ${this.id} maps nothing at ${toHex(iova)}`,
      };
    }
    return {
      kind: 'ok',
      intermediateAddress: range.gpa + (iova - range.iova),
      readable: range.readable,
      writable: range.writable,
    };
  }

  /**
   * The driver's attach checks. A vIOMMU-backed HWPT needs the device's vDEVICE in that vIOMMU (the
   * mock returns ENOENT; applied to every type, as a vSID-less device cannot be placed in the guest's
   * stream table).
   */
  override checkDriverAttach(device: BoundDevice): void {
    super.checkDriverAttach(device);
    // SMMUv3 lets an abort or bypass STE attach before the device has a vDEVICE (the guest's GBPA case, as QEMU's
    // accel mode does before the guest enables stage 1); a translating STE needs the vSID for CD/ATC invalidations
    // and events (arm_smmu_attach_prepare_vmaster). The mock always wants the vDEVICE.
    const vsidOptional = this.dataType === 'ARM_SMMUV3' && this.stage1Mode !== 'TRANSLATE';
    if (this.viommu && !vsidOptional && device.vdevice?.viommu !== this.viommu) {
      fail('ENOENT', `device ${device.id} has no vDEVICE in vIOMMU ${this.viommu.id}`, 'ptId');
    }
  }

  override teardown(): void {
    super.teardown();
    this.viommu?.nestedHwpts.delete(this);
    this.holder.dropUser();
  }
}

/** A stage-1 PASID: omitted or 0 (IOMMU_NO_PASID) is the RID's table; at most 20 bits. */
function checkPasid(pasid: number | undefined): PasidKey {
  if (pasid !== undefined && (!Number.isInteger(pasid) || pasid < 0 || pasid >= 1 << 20)) {
    fail('EINVAL', `PASID ${pasid} is not a 20-bit value`, 'pasid');
  }
  return pasidKey(pasid);
}

function steConfig(ste0: bigint): bigint {
  return (ste0 >> 1n) & 0b111n;
}

function steStage1Mode(ste: bigint[]): Stage1Mode {
  const ste0 = ste[0] ?? 0n;
  if ((ste0 & 1n) === 0n) return 'ABORT';
  const cfg = steConfig(ste0);
  if (cfg === STE_CFG_BYPASS) return 'BYPASS';
  if (cfg === STE_CFG_S1_TRANS) return 'TRANSLATE';
  return 'ABORT';
}

/** The u64 words of driver data: anything else is a struct the kernel could not have copied (EINVAL). */
function checkWord(value: unknown, field: string): bigint {
  if (typeof value !== 'bigint' || value < 0n || value > U64_MAX) {
    fail('EINVAL', `${field} is not a 64-bit word`, field);
  }
  return value;
}

/**
 * arm_smmu_validate_vste: V=0 is accepted (as an all-zero, aborting STE); bits outside the nesting
 * masks, a Config other than abort/bypass/S1 translate, or EATS other than abort/translate are EIO.
 */
export function validateSte(ste: readonly bigint[]): bigint[] {
  if (!Array.isArray(ste) || ste.length !== 2) fail('EINVAL', 'an STE is two 64-bit words', 'data.ste');
  const ste0 = checkWord(ste[0], 'data.ste');
  const ste1 = checkWord(ste[1], 'data.ste');
  if ((ste0 & 1n) === 0n) return [0n, 0n];
  if ((ste0 & ~STE0_NESTING_ALLOWED) !== 0n || (ste1 & ~STE1_NESTING_ALLOWED) !== 0n) {
    fail('EIO', 'the STE sets bits a nested STE may not set', 'data.ste');
  }
  const cfg = steConfig(ste0);
  if (cfg !== STE_CFG_ABORT && cfg !== STE_CFG_BYPASS && cfg !== STE_CFG_S1_TRANS) {
    fail('EIO', `STE.Config ${cfg} is not abort, bypass or stage-1 translate`, 'data.ste');
  }
  const eats = (ste1 >> 28n) & 0b11n;
  if (eats > 1n) fail('EIO', 'STE.EATS may only be abort or full ATS', 'data.ste');
  return [ste0, ste1];
}

/** iommu_hwpt_vtd_s1 field checks: a 4- or 5-level first stage, a 4K-aligned root, known flags. */
function validateVtdS1(data: Extract<HwptData, { type: 'VTD_S1' }>): HwptData {
  const pgtblAddr = checkWord(data.pgtblAddr, 'data.pgtblAddr');
  if (!VTD_S1_ADDR_WIDTHS.includes(data.addrWidth)) {
    fail('EINVAL', `addrWidth ${data.addrWidth} is neither 48 nor 57`, 'data.addrWidth');
  }
  if (pgtblAddr % PAGE_SIZE !== 0n) fail('EINVAL', 'pgtblAddr is not 4 KiB aligned', 'data.pgtblAddr');
  if (!Number.isInteger(data.flags) || (data.flags & ~VTD_S1_FLAGS) !== 0 || data.flags < 0) {
    fail('EINVAL', `flags ${data.flags} has bits other than SRE, EAFE and WPE`, 'data.flags');
  }
  return { type: 'VTD_S1', pgtblAddr, addrWidth: data.addrWidth, flags: data.flags };
}

function validateSelftest(data: Extract<HwptData, { type: 'SELFTEST' }>): HwptData {
  if (!Number.isInteger(data.iotlb) || data.iotlb < 0 || data.iotlb > 0xffffffff) {
    fail('EINVAL', 'iotlb is a 32-bit value', 'data.iotlb');
  }
  return { type: 'SELFTEST', iotlb: data.iotlb };
}

/** The data type a driver's nested domains take. */
function driverDataType(iommu: IommuUnit): HwptDataType | null {
  switch (iommu.type) {
    case 'INTEL_VTD':
      return 'VTD_S1';
    case 'ARM_SMMUV3':
      return 'ARM_SMMUV3';
    case 'AMD':
      return 'AMD_GUEST';
    case 'MOCK':
      return 'SELFTEST';
  }
}

/**
 * The driver's nested-domain allocation, after the core checks. VT-d and the mock check the data
 * type first (EOPNOTSUPP); SMMUv3's copy helper reports a type mismatch as EINVAL.
 */
function driverAllocNested(device: BoundDevice, data: HwptData, pasid: boolean): HwptData {
  const iommu = device.iommu;
  if (!iommu.supportsNesting) fail('EOPNOTSUPP', `${iommu.name} cannot nest`, 'ptId');
  // arm_vsmmu_alloc_domain_nested gets the flags without FAULT_ID_VALID and takes none of them.
  if (iommu.type === 'ARM_SMMUV3' && pasid) {
    fail('EOPNOTSUPP', `${iommu.name} takes no IOMMU_HWPT_ALLOC_PASID for a nested HWPT`, 'pasid');
  }
  const wanted = driverDataType(iommu);
  if (data.type !== wanted) {
    const errno = iommu.type === 'ARM_SMMUV3' ? 'EINVAL' : 'EOPNOTSUPP';
    fail(errno, `${iommu.name} takes ${wanted} nested data, not ${data.type}`, 'data');
  }
  if (data.type === 'VTD_S1') return validateVtdS1(data);
  if (data.type === 'ARM_SMMUV3') return { type: 'ARM_SMMUV3', ste: validateSte(data.ste) };
  return validateSelftest(data);
}

/** Flags a nested HWPT may carry: FAULT_ID_VALID and PASID only. */
function checkNestedFlags(args: HwptAllocArgs): void {
  if (args.nestParent || args.dirtyTracking) {
    fail('EOPNOTSUPP', 'a nested HWPT takes no NEST_PARENT or DIRTY_TRACKING flag', 'nestParent');
  }
  if (!args.data) fail('EOPNOTSUPP', 'a nested HWPT needs driver data', 'data');
}

/** IOMMU_HWPT_ALLOC with pt_id a HWPT_PAGING or a vIOMMU (§3.11 steps 6-8). */
export function hwptNestedAlloc(ctx: Context, args: HwptAllocArgs): HwptNested {
  const device = ctx.lookup(args.devId, 'DEVICE', 'devId') as BoundDevice;
  const pt = ctx.lookupAny(args.ptId, 'EINVAL', 'ptId');
  let parent: HwptPaging;
  let viommu: Viommu | null = null;
  let data: HwptData;
  if (pt instanceof HwptPaging) {
    // Step 6: core checks, then the driver's domain_alloc_nested.
    checkNestedFlags(args);
    if (device.iommu.type !== 'INTEL_VTD' && device.iommu.type !== 'MOCK') {
      // SMMUv3 (and AMD) nest only through a vIOMMU: no domain_alloc_nested op.
      fail('EOPNOTSUPP', `${device.iommu.name} nests only through a vIOMMU`, 'ptId');
    }
    if (pt.autoDomain || !pt.nestParent || pt.iommu.type !== device.iommu.type) {
      fail('EINVAL', `HWPT ${pt.id} is not a nest parent of this driver`, 'ptId');
    }
    parent = pt;
    data = driverAllocNested(device, args.data!, args.pasid ?? false);
  } else if (pt.type === 'VIOMMU') {
    // Step 7.
    viommu = pt as Viommu;
    if (device.iommu !== viommu.iommu) {
      fail(
        'EINVAL',
        `the device sits behind ${device.iommu.name}, the vIOMMU on ${viommu.iommu.name}`,
        'devId',
      );
    }
    checkNestedFlags(args);
    parent = viommu.parent;
    data = driverAllocNested(device, args.data!, args.pasid ?? false);
  } else {
    return fail('EINVAL', `object ${args.ptId} is not an IOAS, HWPT_PAGING or vIOMMU`, 'ptId');
  }
  return ctx.createObject((id) => {
    // Step 8: FAULT_ID_VALID is looked up once the domain exists; no FAULT, no HWPT.
    const fault =
      args.faultId === undefined ? null : (ctx.lookup(args.faultId, 'FAULT', 'faultId') as FaultQueue);
    const hwpt = new HwptNested(ctx, id, parent, viommu, device.iommu, data, args.pasid ?? false);
    hwpt.holder.addUser();
    viommu?.nestedHwpts.add(hwpt);
    if (fault) {
      fault.addUser();
      hwpt.faultQueue = fault;
    }
    return hwpt;
  });
}
