// Arm SMMUv3 (smmu3.0x<base>): capability decode from SMMU_IDR0..5, IIDR and AIDR the way
// drivers/iommu/arm/arm-smmu-v3 probes them.

import { smmuv3ViommuOps } from './arm-smmuv3-viommu.ts';
import { bit32, field32, SZ_1G, SZ_2M, SZ_4K, SZ_16K, SZ_32M, SZ_64K, SZ_512M } from './bits.ts';
import { type IommuHwInfo, IommuUnit } from './iommu.ts';
import type { ViommuOpsTable } from './ops.ts';

export interface Smmuv3Registers {
  /** SMMU_IDR0..SMMU_IDR5 (IDR4 is IMPLEMENTATION DEFINED). */
  idr: [number, number, number, number, number, number];
  iidr: number;
  aidr: number;
  /** Physical base of the register frame; names the unit smmu3.0x%016llx. */
  base: bigint;
}

/** SMMU_IDR0 fields. */
export const smmuIdr0 = {
  /** S2P, bit 0: stage-2 translation. */
  stage2: (idr0: number) => bit32(idr0, 0),
  /** S1P, bit 1: stage-1 translation. */
  stage1: (idr0: number) => bit32(idr0, 1),
  /** TTF, bits 3:2: 2 = AArch64 tables, 3 = AArch32 and AArch64. */
  tableFormat: (idr0: number) => field32(idr0, 3, 2),
  /** COHACC, bit 4: coherent table walks. */
  coherent: (idr0: number) => bit32(idr0, 4),
  /** HTTU, bits 7:6: 1 = hardware Access flag, 2 = Access flag and Dirty state. */
  httu: (idr0: number) => field32(idr0, 7, 6),
  /** ATS, bit 10: PCIe ATS (endpoint ATCs). */
  ats: (idr0: number) => bit32(idr0, 10),
  /** PRI, bit 16: PCIe page requests. */
  pri: (idr0: number) => bit32(idr0, 16),
};

/** SMMU_IDR1 fields. */
export const smmuIdr1 = {
  /** SIDSIZE, bits 5:0: StreamID bits. */
  sidSize: (idr1: number) => field32(idr1, 5, 0),
  /** SSIDSIZE, bits 10:6: SubstreamID (PASID) bits; 0 = no substreams. */
  ssidSize: (idr1: number) => field32(idr1, 10, 6),
};

/** SMMU_IDR5 fields. */
export const smmuIdr5 = {
  /** OAS, bits 2:0: 32, 36, 40, 42, 44, 48, 52 bits. */
  outputAddressBits: (idr5: number) => [32, 36, 40, 42, 44, 48, 52][field32(idr5, 2, 0)] ?? 48,
  gran4k: (idr5: number) => bit32(idr5, 4),
  gran16k: (idr5: number) => bit32(idr5, 5),
  gran64k: (idr5: number) => bit32(idr5, 6),
  /** VAX, bits 11:10: 1 = 52-bit stage-1 input addresses. */
  vax: (idr5: number) => field32(idr5, 11, 10),
};

export class ArmSmmuv3 extends IommuUnit {
  readonly type = 'ARM_SMMUV3' as const;
  readonly regs: Smmuv3Registers;

  constructor(regs: Smmuv3Registers) {
    super(`smmu3.0x${regs.base.toString(16).padStart(16, '0')}`);
    this.regs = regs;
  }

  private get idr0(): number {
    return this.regs.idr[0];
  }

  /** Output address size (OAS) in bits. */
  get outputAddressWidth(): number {
    return smmuIdr5.outputAddressBits(this.regs.idr[5]);
  }

  /** Stage-1 input size: 48 bits, 52 with VAX (the paging domain iommufd allocates is stage 1). */
  get addressWidth(): number {
    return smmuIdr5.vax(this.regs.idr[5]) === 1 ? 52 : 48;
  }

  /** The io-pgtable granule: 4K when offered (a 4K-page kernel), else 16K, else 64K. */
  get pageSizes(): bigint[] {
    const idr5 = this.regs.idr[5];
    if (smmuIdr5.gran4k(idr5)) return [SZ_4K, SZ_2M, SZ_1G];
    if (smmuIdr5.gran16k(idr5)) return [SZ_16K, SZ_32M];
    if (smmuIdr5.gran64k(idr5)) return [SZ_64K, SZ_512M];
    return [];
  }

  get maxPasidLog2(): number {
    return smmuIdr1.ssidSize(this.regs.idr[1]);
  }

  /** ARM_SMMU_FEAT_HD with coherent walks: HTTU must report Access flag and Dirty state. */
  get supportsDirtyTracking(): boolean {
    return smmuIdr0.httu(this.idr0) >= 2 && smmuIdr0.coherent(this.idr0);
  }

  /** ARM_SMMU_FEAT_NESTING: both stages. */
  get supportsNesting(): boolean {
    return smmuIdr0.stage1(this.idr0) && smmuIdr0.stage2(this.idr0);
  }

  get supportsAts(): boolean {
    return smmuIdr0.ats(this.idr0);
  }

  override get supportsPri(): boolean {
    return smmuIdr0.pri(this.idr0);
  }

  /** arm_vsmmu_alloc: a vSMMU needs both stages (ARM_SMMU_FEAT_NESTING). */
  protected override get viommuOps(): ViommuOpsTable {
    return this.supportsNesting ? { ARM_SMMUV3: smmuv3ViommuOps(this) } : {};
  }

  /** The guest owns the CD table: a PASID fault with no PASID attachment goes to the RID's nested HWPT. */
  override get userPasidTable(): boolean {
    return true;
  }

  get hwInfo(): IommuHwInfo {
    return {
      type: 'ARM_SMMUV3',
      flags: 0,
      idr: [...this.regs.idr],
      iidr: this.regs.iidr,
      aidr: this.regs.aidr,
    };
  }
}

/**
 * SMMUv3 of an NVIDIA Grace (Neoverse V2) socket, encoded field by field from the features that
 * part advertises (no captured register dump was available to copy):
 * IDR0 0x084c769b: ST_LVL=2-level (28:27 = 1), TTENDIAN=LE (22:21 = 2), CD2L (19), VMID16 (18), SEV (14),
 *   MSI (13), ASID16 (12), ATS (10), HYP (9), HTTU=Access+Dirty (7:6 = 2), COHACC (4),
 *   TTF=AArch64 (3:2 = 2), S1P (1), S2P (0).
 * IDR1 0x02730510: CMDQS=19, EVTQS=19, PRIQS=0, SSIDSIZE=20, SIDSIZE=16.
 * IDR3 0x00001400: RIL (10), BBML=2 (12:11).
 * IDR5 0x00000055: GRAN64K (6), GRAN4K (4), OAS=48 bits (2:0 = 5).
 * IIDR 0x36b: Implementer = JEP106 NVIDIA. AIDR 0x02: SMMUv3.2.
 */
export const GRACE_SMMUV3: Smmuv3Registers = {
  idr: [0x084c769b, 0x02730510, 0, 0x00001400, 0, 0x00000055],
  iidr: 0x36b,
  aidr: 0x02,
  base: 0x16000000n,
};
