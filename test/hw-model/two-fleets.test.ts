// No module-level state: two fleets built in one process share nothing. Each gets the same
// deterministic serials, object IDs, physical frames and mock state, and what one does is invisible
// to the other (contexts per host, host RAM, the mock's PASID-1024 hook and device caches).
import { describe, expect, it } from 'vitest';
import { translate } from '../../hw-model/dma/index.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { contextsOf, openContext } from '../../hw-model/iommufd/index.ts';
import { MockIommu, mockDeviceCache } from '../../hw-model/selftest/index.ts';
import { MOCK_APERTURE_START } from './iommufd-helpers.ts';

const USER_VA = 0x7f00_0000_0000n;
const LENGTH = 1n << 21n;

/** One mock host's context: a device attached to an IOAS holding one 2 MiB mapping. */
function mappedDevice(fleet: ReturnType<typeof createDefaultFleet>) {
  const host = fleet.host('mock-01')!;
  const ictx = openContext(host);
  const device = host.device('0000:00:01.0')!;
  const bound = ictx.deviceBind(device);
  const ioas = ictx.ioasAlloc();
  ictx.ioasMap(ioas.id, {
    iova: MOCK_APERTURE_START,
    userVa: USER_VA,
    length: LENGTH,
    readable: true,
    writable: true,
  });
  const hwpt = ictx.deviceAttach(bound.id, ioas.id);
  const result = translate(device, MOCK_APERTURE_START, 'READ');
  return { host, ictx, bound, hwpt, result };
}

describe('two fleets in one process', () => {
  it('give the same serials, IDs and physical frames, each from its own host', () => {
    const a = mappedDevice(createDefaultFleet());
    const b = mappedDevice(createDefaultFleet());
    expect(a.ictx.serial).toBe(1);
    expect(b.ictx.serial).toBe(1);
    expect([a.bound.id, a.hwpt.id]).toEqual([b.bound.id, b.hwpt.id]);
    expect(a.result.kind).toBe('translation');
    expect(a.result).toMatchObject({
      physicalAddress: b.result.kind === 'translation' ? b.result.physicalAddress : -1n,
    });
    expect(contextsOf(a.host)).toEqual([a.ictx]);
    expect(contextsOf(b.host)).toEqual([b.ictx]);
  });

  it('keep contexts, RAM and mock state apart', () => {
    const first = createDefaultFleet();
    const second = createDefaultFleet();
    const a = mappedDevice(first);
    // A second context on the first fleet's host: the serial and the frames move on there only.
    const again = openContext(a.host);
    expect(again.serial).toBe(2);
    const b = mappedDevice(second);
    expect(b.ictx.serial).toBe(1);
    expect(b.result).toEqual({ ...a.result, hwpt: b.hwpt });
    a.ictx.close();
    expect(contextsOf(a.host)).toEqual([again]);
    expect(contextsOf(b.host)).toEqual([b.ictx]);

    const mockA = first.host('mock-01')!.iommus[0] as MockIommu;
    const mockB = second.host('mock-01')!.iommus[0] as MockIommu;
    expect(mockA).toBeInstanceOf(MockIommu);
    mockA.failPasid1024 = true;
    expect(mockB.failPasid1024).toBe(false);
    expect(mockDeviceCache(b.bound, 0)).toBe(0xbaddad);
  });
});
