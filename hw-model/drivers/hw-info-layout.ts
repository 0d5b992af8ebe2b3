// The bytes each driver's hw_info callback hands IOMMU_GET_HW_INFO (include/uapi/linux/iommufd.h): struct
// iommu_hw_info_vtd {u32 flags, u32 reserved, u64 cap_reg, u64 ecap_reg}, iommu_hw_info_arm_smmuv3 {u32 flags,
// u32 reserved, u32 idr[6], u32 iidr, u32 aidr}, iommu_hw_info_amd {u64 efr, u64 efr2}, and the selftest's
// iommu_test_hw_info {u32 flags, u32 test_reg}; all little-endian.
import type { IommuHwInfo } from './iommu.ts';

/** enum iommu_hw_info_type (IOMMU_HW_INFO_TYPE_SELFTEST is 0xfeedbeef; DEFAULT and NONE are both 0). */
export type HwInfoType = 'DEFAULT' | 'INTEL_VTD' | 'ARM_SMMUV3' | 'TEGRA241_CMDQV' | 'AMD' | 'SELFTEST';

/** The hw_info type a driver's data is reported as. */
export function hwInfoTypeOf(info: IommuHwInfo): HwInfoType {
  return info.type === 'MOCK' ? 'SELFTEST' : info.type;
}

class LittleEndian {
  private readonly bytes: number[] = [];
  u32(value: number | bigint): this {
    return this.put(BigInt(value) & 0xffffffffn, 4);
  }
  u64(value: bigint): this {
    return this.put(value, 8);
  }
  private put(value: bigint, width: number): this {
    for (let i = 0; i < width; i++) this.bytes.push(Number((value >> BigInt(8 * i)) & 0xffn));
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** The struct behind out_data_type, as the driver fills it. */
export function hwInfoBytes(info: IommuHwInfo): Uint8Array {
  const out = new LittleEndian();
  switch (info.type) {
    case 'INTEL_VTD':
      return out.u32(info.flags).u32(0).u64(info.capReg).u64(info.ecapReg).done();
    case 'ARM_SMMUV3':
      out.u32(info.flags).u32(0);
      for (let i = 0; i < 6; i++) out.u32(info.idr[i] ?? 0);
      return out.u32(info.iidr).u32(info.aidr).done();
    case 'AMD':
      return out.u64(info.efr).u64(info.efr2).done();
    case 'MOCK':
      return out.u32(info.flags).u32(info.testReg).done();
  }
}
