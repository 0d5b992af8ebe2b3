// IOMMU_GET_HW_INFO through GraphQL on mock-01: the selftest's iommufd_ioas.get_hw_info buffer sizes and the
// 6.17 input type, errno for errno.
import { describe, expect, it } from 'vitest';
import { GetHwInfoDocument } from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { bind, deviceIds, errno, ok, openContext } from './iommufd-helpers.ts';

describe('IOMMU_GET_HW_INFO (mock host)', () => {
  it('C: iommufd_ioas.get_hw_info', async () => {
    const client = new TestClient();
    const devices = await deviceIds(client, 'mock-01');
    const ctx = await openContext(client, 'mock-01');
    const dev = await bind(client, ctx, devices.get('0000:00:01.0')!);
    const get = async (dataLen: number, inDataType?: 'SELFTEST' | 'AMD', flags = inDataType ? 1 : 0) =>
      (await client.data(GetHwInfoDocument, { input: { boundDeviceId: dev, dataLen, flags, inDataType } }))
        .getHwInfo;
    expect(ok(await get(0))).toMatchObject({ outDataType: 'SELFTEST', dataLen: 8, data: '', zeroFilled: 0 });
    expect(ok(await get(8))).toMatchObject({ dataLen: 8, data: '00000000efbeadde', zeroFilled: 0 });
    expect(errno(await get(8, 'AMD'))).toBe('EOPNOTSUPP');
    expect(ok(await get(8, 'SELFTEST')).data).toBe('00000000efbeadde');
    expect(ok(await get(16))).toMatchObject({ dataLen: 8, data: '00000000efbeadde', zeroFilled: 8 });
    expect(ok(await get(4))).toMatchObject({ dataLen: 8, data: '00000000', zeroFilled: 0, maxPasidLog2: 0 });
    expect(errno(await get(8, undefined, 2))).toBe('EOPNOTSUPP');
  });
});
