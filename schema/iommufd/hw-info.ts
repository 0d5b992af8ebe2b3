// IOMMU_GET_HW_INFO on a bound device, as the ioctl has it: the 6.17 input type and data_len in/out (getHwInfo).
import { objectRefById } from '../../adapters/iommufd-keys.ts';
import { builder } from '../builder.ts';
import { HwCapabilityEnum } from '../inventory/device.ts';
import { defineMutation, payloadType } from '../mutation.ts';

export const HwInfoTypeEnum = builder.enumType('HwInfoType', {
  description: 'enum iommu_hw_info_type.',
  values: {
    DEFAULT: { description: "IOMMU_HW_INFO_TYPE_DEFAULT (also NONE): the driver's own type." },
    INTEL_VTD: { description: 'struct iommu_hw_info_vtd.' },
    ARM_SMMUV3: { description: 'struct iommu_hw_info_arm_smmuv3.' },
    TEGRA241_CMDQV: { description: 'struct iommu_hw_info_tegra241_cmdqv.' },
    AMD: { description: 'struct iommu_hw_info_amd.' },
    SELFTEST: { description: "The selftest's struct iommu_test_hw_info (IOMMU_HW_INFO_TYPE_SELFTEST)." },
  } as const,
});

const GetHwInfoInput = builder.inputType('GetHwInfoInput', {
  description: 'IOMMU_GET_HW_INFO.',
  fields: (t) => ({
    boundDeviceId: t.id({ required: true, description: 'The bound device (dev_id).' }),
    flags: t.int({
      defaultValue: 0,
      description: 'IOMMU_HW_INFO_FLAG_INPUT_TYPE (1) makes inDataType count; other bits are EOPNOTSUPP.',
    }),
    inDataType: t.field({
      type: HwInfoTypeEnum,
      defaultValue: 'DEFAULT',
      description:
        'The hw_info type asked for (only with the flag); one the driver does not report is EOPNOTSUPP.',
    }),
    dataLen: t.int({ required: true, description: "The caller's buffer size in bytes (data_len in)." }),
  }),
});
const GetHwInfoPayload = payloadType('GetHwInfoPayload', 'Result of getHwInfo.', (t) => ({
  outDataType: t.field({ type: HwInfoTypeEnum, nullable: true, description: 'out_data_type.' }),
  dataLen: t.int({
    nullable: true,
    description: "data_len out: the full length of the driver's data, larger than the buffer if it was cut.",
  }),
  data: t.string({
    nullable: true,
    description: 'The bytes copied into the buffer, as hex (little-endian struct), at most the buffer size.',
  }),
  zeroFilled: t.int({ nullable: true, description: 'Bytes of the buffer past the data that were zeroed.' }),
  capabilities: t.field({ type: [HwCapabilityEnum], nullable: true, description: 'out_capabilities.' }),
  maxPasidLog2: t.int({ nullable: true, description: 'out_max_pasid_log2.' }),
}));

defineMutation('getHwInfo', {
  description: 'IOMMU_GET_HW_INFO on a bound device, with data_len in/out and the 6.17 input type.',
  input: GetHwInfoInput,
  payload: GetHwInfoPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
    const info = ictx.getHwInfo(objectId, {
      flags: input.flags ?? 0,
      inDataType: input.inDataType ?? 'DEFAULT',
      dataLen: input.dataLen,
    });
    return { ...info, data: Buffer.from(info.data).toString('hex') };
  },
});
