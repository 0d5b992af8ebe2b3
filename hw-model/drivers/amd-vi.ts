// AMD-Vi unit (ivhdN): capability decode from the Extended Feature Registers (EFR, EFR2) the way
// drivers/iommu/amd checks them.
import { bit, field, SZ_1G, SZ_2M, SZ_4K } from './bits.ts';
import { type IommuHwInfo, IommuUnit } from './iommu.ts';

export interface AmdViRegisters {
  efr: bigint;
  efr2: bigint;
  /** PCI capability header of the IOMMU function (sysfs amd-iommu/cap). */
  capHeader?: number;
  /** BDF of the IOMMU's own PCI function, e.g. 0000:00:00.2. */
  bdf?: string;
}

/** EFR fields. */
export const amdEfr = {
  /** PPR, bit 1: peripheral page requests. */
  ppr: (efr: bigint) => bit(efr, 1),
  /** GT, bit 4: guest (v2, stage-1) translation. */
  guestTranslation: (efr: bigint) => bit(efr, 4),
  /** HATS, bits 11:10: host page-table levels - 4 (4, 5 or 6 levels). */
  hostLevels: (efr: bigint) => field(efr, 11, 10) + 4,
  /** PASMAX, bits 36:32: PASIDs are PASMAX+1 bits wide. */
  pasmax: (efr: bigint) => field(efr, 36, 32),
  /** GIOSUP, bit 48: guest I/O protection (guest-owned stage 1 for nesting). */
  guestIo: (efr: bigint) => bit(efr, 48),
  /** EPHSUP, bit 50: enhanced PPR handling, required by the kernel for PASID. */
  enhancedPpr: (efr: bigint) => bit(efr, 50),
  /** HDSUP, bit 52: host dirty bits in the page table. */
  hostDirty: (efr: bigint) => bit(efr, 52),
  /** SNP, bit 63. */
  snp: (efr: bigint) => bit(efr, 63),
};

export class AmdVi extends IommuUnit {
  readonly type = 'AMD' as const;
  readonly efr: bigint;
  readonly efr2: bigint;
  readonly capHeader: number;
  readonly bdf: string;

  constructor(name: string, regs: AmdViRegisters) {
    super(name);
    this.efr = regs.efr;
    this.efr2 = regs.efr2;
    this.capHeader = regs.capHeader ?? 0x40;
    this.bdf = regs.bdf ?? '0000:00:00.2';
  }

  /** The v1 host table: 12 + 9 bits a level, capped at 64. */
  get addressWidth(): number {
    return Math.min(64, 12 + 9 * amdEfr.hostLevels(this.efr));
  }

  /** The sizes of the table levels x86 hosts map with (v1 could do any power of two). */
  get pageSizes(): bigint[] {
    return [SZ_4K, SZ_2M, SZ_1G];
  }

  /** amd_iommu_pasid_supported(): GT, PPR and EPHSUP; then PASMAX+1 bits. */
  get maxPasidLog2(): number {
    const e = this.efr;
    return amdEfr.guestTranslation(e) && amdEfr.ppr(e) && amdEfr.enhancedPpr(e) ? amdEfr.pasmax(e) + 1 : 0;
  }

  get supportsDirtyTracking(): boolean {
    return amdEfr.hostDirty(this.efr);
  }

  /** A guest-owned stage 1 needs guest translation and guest I/O protection. */
  get supportsNesting(): boolean {
    return amdEfr.guestTranslation(this.efr) && amdEfr.guestIo(this.efr);
  }

  /** Every AMD-Vi unit translates ATS requests (IOTLB support is architectural). */
  get supportsAts(): boolean {
    return true;
  }

  override get supportsPri(): boolean {
    return amdEfr.ppr(this.efr) && this.maxPasidLog2 > 0;
  }

  get hwInfo(): IommuHwInfo {
    return { type: 'AMD', efr: this.efr, efr2: this.efr2 };
  }
}

/**
 * EPYC Genoa (Dell R6615) with SEV-SNP enabled, from public dmesg
 * "Extended features (0xa5bf7320a2294aee, 0x1d): PPR X2APIC NX [5] IA GA PC GA_vAPIC SNP".
 * EFR: PPR, X2APIC, NX, IA, GA, PC, HATS=2 (6 levels), GAM_VAPIC, PASMAX=0, GIOSUP, HASUP, EPHSUP,
 * HDSUP, SNP; GT clear (no guest translation, hence no PASID and no nesting).
 * EFR2 0x1d: SEVSNPIO_SUP is bit 1 (clear), GCR3TRPMODE (3), SNPAVICSUP=0 (7:5), bits 0/2/4 as read.
 */
export const GENOA_AMDVI: AmdViRegisters = { efr: 0xa5bf7320a2294aeen, efr2: 0x1dn, capHeader: 0x40 };

/**
 * A Zen 4 client part, from public dmesg "Extended features (0x246577efa2254afa, 0x10): PPR NX GT [5] IA
 * GA PC GA_vAPIC": GT, PPR, EPHSUP and PASMAX=15 (16-bit PASIDs), GIOSUP; HDSUP clear (no dirty).
 */
export const ZEN4_CLIENT_AMDVI: AmdViRegisters = { efr: 0x246577efa2254afan, efr2: 0x10n, capHeader: 0x40 };
