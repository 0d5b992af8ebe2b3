import { describe, expect, it } from 'vitest';
import { AmdVi, GENOA_AMDVI, ZEN4_CLIENT_AMDVI } from '../../hw-model/drivers/amd-vi.ts';
import { ArmSmmuv3, GRACE_SMMUV3 } from '../../hw-model/drivers/arm-smmuv3.ts';
import {
  IntelVtd,
  LEGACY_CLIENT_VTD,
  SPR_VTD,
  SPR_VTD_ACCEL,
  vtdCap,
  vtdEcap,
} from '../../hw-model/drivers/intel-vtd.ts';
import { MockIommu } from '../../hw-model/selftest/mock-iommu.ts';

const KiB = 1024n;
const MiB = 1024n * KiB;
const GiB = 1024n * MiB;

describe('Intel VT-d decode of real CAP/ECAP values', () => {
  it('Sapphire Rapids cap 9ed008c40780466 ecap 3ee9e86f050df: scalable mode, nesting, dirty, no PASID', () => {
    const u = new IntelVtd('dmar0', SPR_VTD);
    expect(vtdCap.mgaw(SPR_VTD.cap)).toBe(57);
    expect(vtdCap.sagaw(SPR_VTD.cap)).toBe(0b00100);
    expect(u.addressWidth).toBe(48);
    expect(u.pageSizes).toEqual([4n * KiB, 2n * MiB, 1n * GiB]);
    expect(u.scalableMode).toBe(true);
    expect(u.supportsNesting).toBe(true);
    expect(u.supportsDirtyTracking).toBe(true);
    expect(u.supportsAts).toBe(true);
    expect(vtdEcap.pasidSize(SPR_VTD.ecap)).toBe(20);
    expect(vtdEcap.pasid(SPR_VTD.ecap)).toBe(false);
    expect(u.maxPasidLog2).toBe(0);
    expect(u.hwInfo).toEqual({ type: 'INTEL_VTD', flags: 1n, capReg: SPR_VTD.cap, ecapReg: SPR_VTD.ecap });
    expect(u.aperture).toEqual({ start: 0n, last: (1n << 48n) - 1n });
  });

  it('the accelerator unit (PASID and PRS set) reports 20-bit PASIDs and PRI', () => {
    const u = new IntelVtd('dmar2', SPR_VTD_ACCEL);
    expect(u.maxPasidLog2).toBe(20);
    expect(u.supportsPri).toBe(true);
  });

  it('ecap 19e2ff0505e: PASID bit set but SMTS clear, so no PASID, no nesting, no dirty', () => {
    const u = new IntelVtd('dmar0', LEGACY_CLIENT_VTD);
    expect(vtdEcap.pasid(LEGACY_CLIENT_VTD.ecap)).toBe(true);
    expect(vtdEcap.nest(LEGACY_CLIENT_VTD.ecap)).toBe(true);
    expect(vtdEcap.scalableMode(LEGACY_CLIENT_VTD.ecap)).toBe(false);
    expect(u.maxPasidLog2).toBe(0);
    expect(u.supportsNesting).toBe(false);
    expect(u.supportsDirtyTracking).toBe(false);
    expect(u.supportsAts).toBe(true); // DT
    expect(u.pageSizes).toEqual([4n * KiB, 2n * MiB, 1n * GiB]); // SLLPS = 3
    expect(u.addressWidth).toBe(39); // MGAW 39 caps the 4-level SAGAW
  });

  it('QEMU guest cap 80d2008c222f06c6 ecap f00f1a: caching mode, MGAW 48, nothing scalable', () => {
    const u = new IntelVtd('dmar0', { cap: 0x80d2008c222f06c6n, ecap: 0xf00f1an });
    expect(vtdCap.cachingMode(u.cap)).toBe(true);
    expect(vtdCap.mgaw(u.cap)).toBe(48);
    expect(u.addressWidth).toBe(48);
    expect(u.supportsAts).toBe(false);
    expect(u.maxPasidLog2).toBe(0);
    expect(u.supportsDirtyTracking).toBe(false);
  });

  it('dirty tracking needs SLADS and SMPWC both, under SMTS', () => {
    const noPwc = SPR_VTD.ecap & ~(1n << 48n);
    const noSmts = SPR_VTD.ecap & ~(1n << 43n);
    expect(new IntelVtd('a', { cap: SPR_VTD.cap, ecap: noPwc }).supportsDirtyTracking).toBe(false);
    expect(new IntelVtd('b', { cap: SPR_VTD.cap, ecap: noSmts }).supportsDirtyTracking).toBe(false);
    expect(new IntelVtd('b', { cap: SPR_VTD.cap, ecap: noSmts }).supportsNesting).toBe(false);
  });
});

describe('Arm SMMUv3 decode', () => {
  it('Grace: S1P+S2P nesting, HTTU dirty, ATS, SSIDSIZE 20, 4K granule', () => {
    const u = new ArmSmmuv3(GRACE_SMMUV3);
    expect(u.name).toBe('smmu3.0x0000000016000000');
    expect(u.supportsNesting).toBe(true);
    expect(u.supportsDirtyTracking).toBe(true);
    expect(u.supportsAts).toBe(true);
    expect(u.maxPasidLog2).toBe(20);
    expect(u.outputAddressWidth).toBe(48);
    expect(u.addressWidth).toBe(48);
    expect(u.pageSizes).toEqual([4n * KiB, 2n * MiB, 1n * GiB]);
    expect(u.hwInfo).toEqual({ type: 'ARM_SMMUV3', flags: 0, idr: GRACE_SMMUV3.idr, iidr: 0x36b, aidr: 2 });
  });

  it('HTTU access-only means no dirty tracking; no S2P means no nesting; 64K-only granule', () => {
    const idr: typeof GRACE_SMMUV3.idr = [...GRACE_SMMUV3.idr];
    idr[0] = (idr[0] & ~(3 << 6) & ~1) | (1 << 6);
    idr[5] = (1 << 6) | 5;
    const u = new ArmSmmuv3({ ...GRACE_SMMUV3, idr });
    expect(u.supportsDirtyTracking).toBe(false);
    expect(u.supportsNesting).toBe(false);
    expect(u.pageSizes).toEqual([64n * KiB, 512n * MiB]);
  });
});

describe('AMD-Vi decode', () => {
  it('Genoa with SNP (EFR 0xa5bf7320a2294aee): HDSUP dirty, GT clear so no PASID and no nesting', () => {
    const u = new AmdVi('ivhd0', GENOA_AMDVI);
    expect(u.supportsDirtyTracking).toBe(true);
    expect(u.maxPasidLog2).toBe(0);
    expect(u.supportsNesting).toBe(false);
    expect(u.addressWidth).toBe(64); // HATS = 2: six levels
    expect(u.hwInfo).toEqual({ type: 'AMD', efr: 0xa5bf7320a2294aeen, efr2: 0x1dn });
  });

  it('Zen 4 client (EFR 0x246577efa2254afa): GT+PPR+EPHSUP, PASMAX 15 → 16-bit PASIDs, nesting, no dirty', () => {
    const u = new AmdVi('ivhd0', ZEN4_CLIENT_AMDVI);
    expect(u.maxPasidLog2).toBe(16);
    expect(u.supportsNesting).toBe(true);
    expect(u.supportsDirtyTracking).toBe(false);
    expect(u.supportsPri).toBe(true);
  });
});

describe('MOCK IOMMU (selftest constants)', () => {
  it('aperture 1<<24..(1<<31)-1, 2 KiB and 1 MiB pages, PASID 20, dirty, nesting, no ATS', () => {
    const u = new MockIommu();
    expect(u.name).toBe('mock0');
    expect(u.aperture).toEqual({ start: 0x1000000n, last: 0x7fffffffn });
    expect(u.pageSizes).toEqual([2048n, 1048576n]);
    expect(u.maxPasidLog2).toBe(20);
    expect(u.supportsDirtyTracking).toBe(true);
    expect(u.supportsNesting).toBe(true);
    expect(u.supportsAts).toBe(false);
    expect(u.hwInfo).toEqual({ type: 'MOCK', flags: 0, testReg: 0xdeadbeef });
  });
});
