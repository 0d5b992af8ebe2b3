// IOMMU_GET_HW_INFO on a bound device (iommufd_get_hw_info, 6.17 input type): the selftest's
// iommufd_ioas.get_hw_info buffer cases on mock-01 and the input-type answer of a non-mock driver.
import { describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { HW_INFO_FLAG_INPUT_TYPE, openContext } from '../../hw-model/iommufd/index.ts';
import { errnoOf, expectErrnoNoChange, mockDomain } from './iommufd-helpers.ts';

/** struct iommu_test_hw_info: u32 flags, u32 test_reg = IOMMU_HW_INFO_SELFTEST_REGVAL (0xdeadbeef). */
const TEST_HW_INFO = Uint8Array.from([0, 0, 0, 0, 0xef, 0xbe, 0xad, 0xde]);

function mockSetUp() {
  const host = createDefaultFleet().host('mock-01')!;
  const ctx = openContext(host);
  const ioasId = ctx.ioasAlloc().id;
  const { idevId } = mockDomain(ctx, ioasId, host.device('0000:00:01.0')!);
  return { ctx, idevId };
}

describe('IOMMU_GET_HW_INFO', () => {
  it('C: iommufd_ioas.get_hw_info', () => {
    const { ctx, idevId } = mockSetUp();
    const zero = ctx.getHwInfo(idevId, { dataLen: 0 });
    expect([zero.outDataType, zero.dataLen, zero.data.length, zero.zeroFilled]).toEqual([
      'SELFTEST',
      8,
      0,
      0,
    ]);
    const exact = ctx.getHwInfo(idevId, { dataLen: 8 });
    expect([exact.dataLen, exact.data, exact.zeroFilled]).toEqual([8, TEST_HW_INFO, 0]);
    // Asking for a type the mock does not report, then for its own.
    const input = { flags: HW_INFO_FLAG_INPUT_TYPE, dataLen: 8 };
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.getHwInfo(idevId, { ...input, inDataType: 'ARM_SMMUV3' }),
    );
    expect(ctx.getHwInfo(idevId, { ...input, inDataType: 'SELFTEST' }).data).toEqual(TEST_HW_INFO);
    // A larger buffer: the data, then zeros; the kernel still reports its own length.
    const larger = ctx.getHwInfo(idevId, { dataLen: 16 });
    expect([larger.dataLen, larger.data, larger.zeroFilled]).toEqual([8, TEST_HW_INFO, 8]);
    // A smaller buffer: only the fields inside it (flags), and the full length back.
    const smaller = ctx.getHwInfo(idevId, { dataLen: 4 });
    expect([smaller.dataLen, smaller.data, smaller.zeroFilled]).toEqual([8, TEST_HW_INFO.slice(0, 4), 0]);
    expect(smaller.maxPasidLog2).toBe(0);
    // No such device.
    expect(errnoOf(() => ctx.getHwInfo(idevId + 100, { dataLen: 8 }))).toBe('ENOENT');
  });

  it('without the input-type flag in_data_type is ignored; unknown flags are EOPNOTSUPP', () => {
    const { ctx, idevId } = mockSetUp();
    expect(ctx.getHwInfo(idevId, { inDataType: 'AMD', dataLen: 8 }).outDataType).toBe('SELFTEST');
    expect(errnoOf(() => ctx.getHwInfo(idevId, { flags: 2, dataLen: 8 }))).toBe('EOPNOTSUPP');
    expect(errnoOf(() => ctx.getHwInfo(idevId, { dataLen: -1 }))).toBe('EINVAL');
  });

  it('an SMMUv3 (grace-01) answers ARM_SMMUV3 and DEFAULT with its 40-byte struct, and refuses INTEL_VTD', () => {
    const host = createDefaultFleet().host('grace-01')!;
    const ctx = openContext(host);
    const device = host.devices.find((d) => d.iommu?.type === 'ARM_SMMUV3')!;
    const devId = ctx.deviceBind(device).id;
    const flags = HW_INFO_FLAG_INPUT_TYPE;
    const info = ctx.getHwInfo(devId, { flags, inDataType: 'ARM_SMMUV3', dataLen: 64 });
    expect([info.outDataType, info.dataLen, info.zeroFilled]).toEqual(['ARM_SMMUV3', 40, 24]);
    expect(ctx.getHwInfo(devId, { dataLen: 64 }).data).toEqual(info.data);
    expect(errnoOf(() => ctx.getHwInfo(devId, { flags, inDataType: 'INTEL_VTD', dataLen: 64 }))).toBe(
      'EOPNOTSUPP',
    );
  });
});
