// HWPT_NESTED: a guest-owned stage-1 table on top of a nest-parent HWPT_PAGING (stage 2), allocated on
// the parent directly or on a vIOMMU (iommufd_hwpt_nested_alloc, iommufd_viommu_alloc_hwpt_nested).
// It carries the driver's nested domain (its data and ops), the guest's stage-1 tables per PASID and
// the emulated IOTLB that caches them.

import { Iotlb, type PasidKey, pasidKey } from '../dma/iotlb.ts';
import {
  checkStage1Range,
  type Stage1MapArgs,
  type Stage1Range,
  Stage1Table,
  type Stage1UnmapArgs,
} from '../dma/stage1.ts';
import type { IommuUnit } from '../drivers/iommu.ts';
import type { NestedDomainOps } from '../drivers/ops.ts';
import { fail } from '../errors.ts';
import { toHex } from '../u64.ts';
import type { Context } from './context.ts';
import type { BoundDevice } from './device.ts';
import { Hwpt, type HwptAllocArgs, HwptPaging } from './hwpt.ts';
import type { IommufdObject } from './object.ts';
import { Viommu } from './viommu.ts';

export type HwptDataType = 'VTD_S1' | 'ARM_SMMUV3' | 'AMD_GUEST' | 'SELFTEST';

/** IOMMU_HWPT_ALLOC driver data (data_type + data_uptr). */
export type HwptData =
  | { type: 'VTD_S1'; pgtblAddr: bigint; addrWidth: number; flags: number }
  | { type: 'ARM_SMMUV3'; ste: bigint[] }
  | { type: 'SELFTEST'; iotlb: number };

/** What stage 1 does with DMA: the SMMUv3 STE can bypass or abort it; every other format translates. */
export type Stage1Mode = 'TRANSLATE' | 'BYPASS' | 'ABORT';

/** Result of a stage-1 walk, without side effects. */
export type Stage1Walk =
  | { kind: 'ok'; intermediateAddress: bigint; readable: boolean; writable: boolean }
  | { kind: 'fault'; reason: 'BLOCKED' | 'NOT_MAPPED' | 'OUT_OF_RANGE'; message: string };

export class HwptNested extends Hwpt {
  readonly type = 'HWPT_NESTED' as const;
  /** The guest's stage-1 tables; key null is the RID (no PASID). */
  readonly stage1 = new Map<PasidKey, Stage1Table>();
  readonly iotlb = new Iotlb();

  constructor(
    context: Context,
    id: number,
    readonly parent: HwptPaging,
    readonly viommu: Viommu | null,
    readonly iommu: IommuUnit,
    /** The driver's nested domain: its data as accepted and its ops. */
    readonly domain: NestedDomainOps,
    readonly pasidCompatible: boolean,
  ) {
    super(context, id);
  }

  get dataType(): HwptDataType {
    return this.domain.data.type;
  }

  /** The driver data as accepted (an SMMUv3 STE with V=0 is kept zeroed, as the kernel does). */
  get data(): HwptData {
    return this.domain.data;
  }

  get stage1Mode(): Stage1Mode {
    return this.domain.stage1Mode;
  }

  get paging(): HwptPaging {
    return this.parent;
  }

  /** The object whose user this HWPT holds: its vIOMMU, or its parent when allocated on it (iommufd_object_remove). */
  get holder(): IommufdObject {
    return this.viommu ?? this.parent;
  }

  /** Bits of IOVA and GPA the guest's stage 1 can hold. */
  get stage1AddressWidth(): number {
    return this.domain.stage1AddressWidth;
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

  /** The driver's attach checks; a vIOMMU-backed domain may want the device's vDEVICE there (ENOENT). */
  override checkDriverAttach(device: BoundDevice): void {
    super.checkDriverAttach(device);
    if (this.viommu && this.domain.needsVdevice && device.vdevice?.viommu !== this.viommu) {
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

/** Flags a nested HWPT may carry: FAULT_ID_VALID and PASID only. */
function checkNestedFlags(args: HwptAllocArgs): void {
  if (args.nestParent || args.dirtyTracking) {
    fail('EOPNOTSUPP', 'a nested HWPT takes no NEST_PARENT or DIRTY_TRACKING flag', 'nestParent');
  }
  if (!args.data) fail('EOPNOTSUPP', 'a nested HWPT needs driver data', 'data');
}

/** The core's check before any domain_alloc_nested: the driver must nest at all. */
function checkNesting(iommu: IommuUnit): void {
  if (!iommu.supportsNesting) fail('EOPNOTSUPP', `${iommu.name} cannot nest`, 'ptId');
}

/** IOMMU_HWPT_ALLOC with pt_id a HWPT_PAGING or a vIOMMU (iommufd_hwpt_nested_alloc, iommufd_viommu_alloc_hwpt_nested). */
export function hwptNestedAlloc(ctx: Context, args: HwptAllocArgs): HwptNested {
  const device = ctx.lookup(args.devId, 'DEVICE', 'devId');
  const pt = ctx.lookupAny(args.ptId, 'EINVAL', 'ptId');
  const flags = { pasid: args.pasid ?? false };
  let parent: HwptPaging;
  let viommu: Viommu | null = null;
  let domain: NestedDomainOps;
  if (pt instanceof HwptPaging) {
    // iommufd_hwpt_nested_alloc: core checks, then the driver's domain_alloc_nested.
    checkNestedFlags(args);
    const iommu = device.iommu;
    if (!iommu.domainAllocNested) fail('EOPNOTSUPP', `${iommu.name} nests only through a vIOMMU`, 'ptId');
    if (pt.autoDomain || !pt.nestParent || !pt.iommu.sameDriver(iommu)) {
      fail('EINVAL', `HWPT ${pt.id} is not a nest parent of this driver`, 'ptId');
    }
    parent = pt;
    checkNesting(iommu);
    domain = iommu.domainAllocNested(device, args.data!, flags);
  } else if (pt instanceof Viommu) {
    // iommufd_viommu_alloc_hwpt_nested: the vIOMMU's alloc_domain_nested.
    viommu = pt;
    if (device.iommu !== viommu.iommu) {
      fail(
        'EINVAL',
        `the device sits behind ${device.iommu.name}, the vIOMMU on ${viommu.iommu.name}`,
        'devId',
      );
    }
    checkNestedFlags(args);
    parent = viommu.parent;
    checkNesting(device.iommu);
    domain = viommu.ops.allocDomainNested(viommu, device, args.data!, flags);
  } else {
    return fail('EINVAL', `object ${args.ptId} is not an IOAS, HWPT_PAGING or vIOMMU`, 'ptId');
  }
  return ctx.createObject((id) => {
    // FAULT_ID_VALID is looked up once the domain exists; no FAULT, no HWPT.
    const fault = args.faultId === undefined ? null : ctx.lookup(args.faultId, 'FAULT', 'faultId');
    const hwpt = new HwptNested(ctx, id, parent, viommu, device.iommu, domain, flags.pasid);
    hwpt.holder.addUser();
    viommu?.nestedHwpts.add(hwpt);
    if (fault) {
      fault.addUser();
      hwpt.faultQueue = fault;
    }
    return hwpt;
  });
}
