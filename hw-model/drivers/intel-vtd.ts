// Intel VT-d remapping unit (dmarN): capability decode from CAP_REG/ECAP_REG the way
// drivers/iommu/intel derives its predicates.

import type { BoundDevice } from '../iommufd/device.ts';
import type { HwptData } from '../iommufd/hwpt-nested.ts';
import { bit, field, SZ_1G, SZ_2M, SZ_4K } from './bits.ts';
import { vtdDomainAllocNested } from './intel-vtd-nested.ts';
import { type IommuHwInfo, IommuUnit } from './iommu.ts';
import type { NestedDomainOps } from './ops.ts';

/** IOMMU_HW_INFO_VTD_ERRATA_772415_SPR17: Sapphire Rapids may set A/D bits in read-only stage-2 entries. */
export const VTD_ERRATA_772415_SPR17 = 1n << 0n;

export interface VtdRegisters {
  cap: bigint;
  ecap: bigint;
  /** GET_HW_INFO flags (VTD_ERRATA_772415_SPR17 on Sapphire Rapids). */
  flags?: bigint;
  /** VER_REG as sysfs prints it, major:minor. */
  version?: string;
  /** Physical base of the DRHD register page (sysfs intel-iommu/address). */
  address?: bigint;
}

/** CAP_REG fields (VT-d spec 11.4.2). */
export const vtdCap = {
  /** ND, bits 2:0: 2^(4+2*ND) domain IDs. */
  domains: (cap: bigint) => 2 ** (4 + 2 * field(cap, 2, 0)),
  /** CM, bit 7: caching mode, set by emulated IOMMUs. */
  cachingMode: (cap: bigint) => bit(cap, 7),
  /** SAGAW, bits 12:8: bit1 = 39-bit (3-level), bit2 = 48-bit (4-level), bit3 = 57-bit (5-level). */
  sagaw: (cap: bigint) => field(cap, 12, 8),
  /** MGAW, bits 21:16: maximum guest address width minus one. */
  mgaw: (cap: bigint) => field(cap, 21, 16) + 1,
  /** SLLPS, bits 37:34: bit0 = 2 MiB, bit1 = 1 GiB second-level pages. */
  superPages: (cap: bigint) => field(cap, 37, 34),
  /** PSI, bit 39: page-selective invalidation. */
  pageSelectiveInvalidation: (cap: bigint) => bit(cap, 39),
  /** FS1GP, bit 56: first-stage 1 GiB pages. */
  firstStage1g: (cap: bigint) => bit(cap, 56),
  /** FS5LP, bit 60: first-stage 5-level paging. */
  firstStage5Level: (cap: bigint) => bit(cap, 60),
};

/** ECAP_REG fields (VT-d spec 11.4.3). */
export const vtdEcap = {
  coherent: (ecap: bigint) => bit(ecap, 0),
  queuedInvalidation: (ecap: bigint) => bit(ecap, 1),
  /** DT, bit 2: device-TLB support, i.e. endpoints may use ATS. */
  deviceTlb: (ecap: bigint) => bit(ecap, 2),
  interruptRemapping: (ecap: bigint) => bit(ecap, 3),
  passThrough: (ecap: bigint) => bit(ecap, 6),
  /** NEST, bit 26: nested (first stage over second stage) translation. */
  nest: (ecap: bigint) => bit(ecap, 26),
  /** PRS, bit 29: page requests (PRI) from endpoints. */
  pageRequests: (ecap: bigint) => bit(ecap, 29),
  /** PSS, bits 39:35: PASID size supported is PSS+1 bits. */
  pasidSize: (ecap: bigint) => field(ecap, 39, 35) + 1,
  /** PASID, bit 40. Meaningful only in scalable mode. */
  pasid: (ecap: bigint) => bit(ecap, 40),
  /** SMTS, bit 43: scalable-mode translation. */
  scalableMode: (ecap: bigint) => bit(ecap, 43),
  /** SLADS, bit 45: second-stage accessed/dirty bits. */
  secondStageAccessDirty: (ecap: bigint) => bit(ecap, 45),
  firstStage: (ecap: bigint) => bit(ecap, 47),
  secondStage: (ecap: bigint) => bit(ecap, 46),
  /** SMPWC, bit 48: scalable-mode page-walk coherency. */
  scalableModePwc: (ecap: bigint) => bit(ecap, 48),
};

/** Width in bits of the widest AGAW SAGAW offers that MGAW allows (the kernel's agaw choice). */
export function vtdAddressWidth(cap: bigint): number {
  const mgaw = vtdCap.mgaw(cap);
  const sagaw = vtdCap.sagaw(cap);
  for (let level = 3; level >= 1; level--) {
    const width = 30 + 9 * level; // 39, 48, 57
    if (sagaw & (1 << level) && width <= mgaw) return width;
  }
  return Math.min(mgaw, 39);
}

export class IntelVtd extends IommuUnit {
  readonly type = 'INTEL_VTD' as const;
  readonly cap: bigint;
  readonly ecap: bigint;
  readonly flags: bigint;
  readonly version: string;
  readonly address: bigint;

  constructor(name: string, regs: VtdRegisters) {
    super(name);
    this.cap = regs.cap;
    this.ecap = regs.ecap;
    this.flags = regs.flags ?? 0n;
    this.version = regs.version ?? '1:0';
    this.address = regs.address ?? 0n;
  }

  /** sm_supported(): the kernel enables scalable mode whenever the hardware offers it. */
  get scalableMode(): boolean {
    return vtdEcap.scalableMode(this.ecap);
  }

  get addressWidth(): number {
    return vtdAddressWidth(this.cap);
  }

  get pageSizes(): bigint[] {
    const sllps = vtdCap.superPages(this.cap);
    const sizes = [SZ_4K];
    if (sllps & 1) sizes.push(SZ_2M);
    if (sllps & 2) sizes.push(SZ_1G);
    return sizes;
  }

  /** pasid_supported() = sm && PASID; legacy-mode PASID bits (pre-SMTS parts) are ignored. */
  get maxPasidLog2(): number {
    return this.scalableMode && vtdEcap.pasid(this.ecap) ? vtdEcap.pasidSize(this.ecap) : 0;
  }

  /** ssads_supported() = sm && SLADS && SMPWC. */
  get supportsDirtyTracking(): boolean {
    return (
      this.scalableMode && vtdEcap.secondStageAccessDirty(this.ecap) && vtdEcap.scalableModePwc(this.ecap)
    );
  }

  /** nested_supported() = sm && NEST. */
  get supportsNesting(): boolean {
    return this.scalableMode && vtdEcap.nest(this.ecap);
  }

  get supportsAts(): boolean {
    return vtdEcap.deviceTlb(this.ecap);
  }

  /** Page requests need PRS and, like PASID, scalable mode. */
  override get supportsPri(): boolean {
    return this.maxPasidLog2 > 0 && vtdEcap.pageRequests(this.ecap);
  }

  /** intel_iommu_domain_alloc_nested. VT-d has no viommu_alloc yet: QEMU x-flts nests this way. */
  override domainAllocNested(device: BoundDevice, data: HwptData): NestedDomainOps {
    return vtdDomainAllocNested(this, device, data);
  }

  get hwInfo(): IommuHwInfo {
    return { type: 'INTEL_VTD', flags: this.flags, capReg: this.cap, ecapReg: this.ecap };
  }
}

/**
 * Sapphire Rapids DMAR unit as a 4th-gen Xeon reports it (public dmesg:
 * "dmar0: reg_base_addr aa3fc000 ver 6:0 cap 9ed008c40780466 ecap 3ee9e86f050df").
 * CAP: ND=6 (2^16 domains), ZLR, SAGAW=4-level (48-bit), MGAW=57, FRO=0x400, SLLPS=2M+1G, PSI, DWD,
 * DRD, FS1GP, PI.
 * ECAP: C, QI, DT, IR, EIM, PT, SC, MTS, NEST, SRS, NWFS, EAFS, PSS=19 (20-bit PASIDs), DIT, PDS, SMTS,
 * SLADS, SLTS, FLTS, SMPWC, RPS;
 * PASID (bit 40) and PRS (bit 29) clear: this unit serves no SVA-capable endpoint.
 */
export const SPR_VTD: VtdRegisters = {
  cap: 0x9ed008c40780466n,
  ecap: 0x3ee9e86f050dfn,
  flags: VTD_ERRATA_772415_SPR17,
  version: '6:0',
  address: 0xaa3fc000n,
};

/**
 * The Sapphire Rapids unit in front of the on-die accelerators (DSA/IAA): the same CAP/ECAP as
 * SPR_VTD plus PASID (bit 40) and PRS (bit 29), which idxd needs for shared virtual addressing.
 */
export const SPR_VTD_ACCEL: VtdRegisters = {
  ...SPR_VTD,
  ecap: SPR_VTD.ecap | (1n << 40n) | (1n << 29n),
  address: 0xd47fc000n,
};

/**
 * Client-era unit from public dmesg ("ver 1:0 cap 1c0000c40660462 ecap 19e2ff0505e"):
 * QI, DT, IR, EIM, PT, NEST, PRS and PASID (bit 40) but SMTS clear, so the kernel reports no PASID.
 */
export const LEGACY_CLIENT_VTD: VtdRegisters = {
  cap: 0x1c0000c40660462n,
  ecap: 0x19e2ff0505en,
  version: '1:0',
};
