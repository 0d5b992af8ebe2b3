// IOMMU_GET_HW_INFO on a bound device (iommufd_get_hw_info, device.c; the input type is 6.17's
// IOMMU_HW_INFO_FLAG_INPUT_TYPE): the caller may name the hw_info type it wants, the driver answers with that
// type's data or EOPNOTSUPP, and data_len is in/out: the copy is truncated to the caller's buffer, a larger
// buffer is zero-filled past the data, and the full length the kernel has is reported back.
import { type HwInfoType, hwInfoBytes, hwInfoTypeOf } from '../drivers/hw-info-layout.ts';
import { fail } from '../errors.ts';
import type { HwCapability } from '../host/device.ts';
import type { Context } from './context.ts';

/** IOMMU_HW_INFO_FLAG_INPUT_TYPE. */
export const HW_INFO_FLAG_INPUT_TYPE = 1;

export interface GetHwInfoArgs {
  flags?: number;
  /** in_data_type; read only with IOMMU_HW_INFO_FLAG_INPUT_TYPE, else DEFAULT. */
  inDataType?: HwInfoType;
  /** The caller's buffer size in bytes (data_len in). */
  dataLen: number;
}

export interface GetHwInfoResult {
  outDataType: HwInfoType;
  /** data_len out: the full length of the driver's data, which may exceed the buffer. */
  dataLen: number;
  /** The bytes copied into the caller's buffer: the first min(buffer, data length) bytes of the data. */
  data: Uint8Array;
  /** Bytes of the buffer past the data that the kernel zeroed (clear_user). */
  zeroFilled: number;
  capabilities: HwCapability[];
  maxPasidLog2: number;
}

/** IOMMU_GET_HW_INFO (iommufd_get_hw_info), checks in kernel order. */
export function getHwInfo(ctx: Context, devId: number, args: GetHwInfoArgs): GetHwInfoResult {
  const flags = args.flags ?? 0;
  if (!Number.isInteger(flags) || (flags & ~HW_INFO_FLAG_INPUT_TYPE) !== 0) {
    fail('EOPNOTSUPP', `flags ${flags} are not supported`, 'flags');
  }
  if (!Number.isInteger(args.dataLen) || args.dataLen < 0 || args.dataLen > 0xffffffff) {
    fail('EINVAL', `dataLen ${args.dataLen} is not a u32`, 'dataLen');
  }
  // Without the flag the kernel clears in_data_type: drivers never see a stray input.
  const wanted: HwInfoType = flags & HW_INFO_FLAG_INPUT_TYPE ? (args.inDataType ?? 'DEFAULT') : 'DEFAULT';
  const bound = ctx.lookup(devId, 'DEVICE', 'devId');
  const info = bound.device.hwInfo();
  // The driver's hw_info (arm_smmu_hw_info, intel_iommu_hw_info, mock_domain_hw_info): its own type or DEFAULT.
  const type = hwInfoTypeOf(info.data);
  if (wanted !== 'DEFAULT' && wanted !== type) {
    fail('EOPNOTSUPP', `${bound.iommu.name} reports no ${wanted} hw_info`, 'inDataType');
  }
  const bytes = hwInfoBytes(info.data);
  const copied = Math.min(args.dataLen, bytes.length);
  return {
    outDataType: type,
    dataLen: bytes.length,
    data: bytes.slice(0, copied),
    zeroFilled: args.dataLen - copied,
    capabilities: info.capabilities,
    maxPasidLog2: info.maxPasidLog2,
  };
}
