// The fleet's indexes answer exactly what the reference filter answers, in fleet order, however the
// fleet grew; config spaces of one template share bytes until one is written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultFleet, Fleet } from '../../hw-model/host/fleet.ts';
import { type DeviceFilter, filterDevices } from '../../hw-model/query/inventory-filter.ts';
import { countKeys, keysAfter, keysBefore } from '../../hw-model/query/key-streams.ts';

const HOSTS = ['spr-01', 'grace-01', 'genoa-01', 'mock-01'];

const filterArb: fc.Arbitrary<DeviceFilter> = fc.record(
  {
    hostName: fc.constantFrom(...HOSTS, 'nosuch'),
    vendorId: fc.constantFrom(0x8086, 0x10de, 0x144d, 0x1234),
    hasCapabilities: fc.subarray([
      'DIRTY_TRACKING',
      'PCI_PASID_EXEC',
      'PCI_PASID_PRIV',
      'PCI_ATS_NOT_SUPPORTED',
    ] as const),
    minPasidLog2: fc.integer({ min: -1, max: 21 }),
    pciCapabilityId: fc.constantFrom(0x10, 0x11, 0x101, 0x11b, 0x110),
    iommuType: fc.constantFrom('INTEL_VTD', 'ARM_SMMUV3', 'AMD', 'MOCK') as fc.Arbitrary<'INTEL_VTD'>,
    iommuSupportsNesting: fc.boolean(),
    iommuSupportsDirtyTracking: fc.boolean(),
    isVirtualFunction: fc.boolean(),
    minGroupSize: fc.integer({ min: 0, max: 4 }),
    driver: fc.constantFrom('nvme', 'vfio-pci'),
  },
  { requiredKeys: [] },
);

const addArb = fc.record({
  host: fc.constantFrom(...HOSTS),
  vendorId: fc.constantFrom(0x8086, 0x10de, 0x1234),
  deviceId: fc.constantFrom(0x0001, 0x0b25),
  pasidWidth: fc.constantFrom(0, 5, 20),
  noDirtyTracking: fc.boolean(),
});

describe('FleetIndex', () => {
  it('lists what the reference filter lists, in host order then BDF, after any hot-adds', () => {
    fc.assert(
      fc.property(
        fc.array(addArb, { maxLength: 6 }),
        fc.array(filterArb, { minLength: 1, maxLength: 8 }),
        (adds, filters) => {
          const fleet = createDefaultFleet();
          for (const add of adds) fleet.addDevice(add);
          for (const filter of filters) {
            const expected = filterDevices(fleet.hosts, filter);
            const stream = fleet.index.devices(filter);
            const keys = keysAfter(stream, null, 10_000);
            expect(keys.map((k) => fleet.index.device(k))).toEqual(expected);
            expect(countKeys(stream)).toBe(expected.length);
            expect(keysBefore(stream, null, 10_000).reverse()).toEqual(keys);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('pages from a key that no device has as from where that key would be', () => {
    const fleet = createDefaultFleet();
    const all = keysAfter(fleet.index.devices(), null, 10_000);
    const gap = all.findIndex((k, i) => i > 0 && k - all[i - 1]! > 1);
    expect(gap).toBeGreaterThan(0);
    const missing = all[gap]! - 1;
    expect(fleet.index.device(missing)).toBeUndefined();
    expect(keysAfter(fleet.index.devices(), missing, 3)).toEqual(all.slice(gap, gap + 3));
  });

  it('moves a grown group to its new size (minGroupSize, minDevices)', () => {
    const fleet = createDefaultFleet();
    const shared = filterDevices(fleet.hosts, { minGroupSize: 2 });
    expect(shared.length).toBeGreaterThan(0);
    const groups = keysAfter(fleet.index.groups({ minDevices: 2 }), null, 1000).map(
      (k) => fleet.index.group(k)!,
    );
    expect(groups.every((g) => g.devices.length >= 2)).toBe(true);
    expect(new Set(groups)).toEqual(new Set(shared.map((d) => d.group)));
    const spr = keysAfter(fleet.index.groups({ hostName: 'spr-01' }), null, 1000).map(
      (k) => fleet.index.group(k)!,
    );
    expect(spr).toEqual(fleet.host('spr-01')!.groups);
  });

  it('finds hosts by name and devices by BDF without a scan, and refuses a second host of a name', () => {
    const fleet = new Fleet();
    for (let i = 0; i < 200; i++) fleet.createHost({ name: `h${i}`, profile: 'selftest-mock' });
    expect(fleet.host('h199')).toBe(fleet.hosts[199]);
    expect(fleet.index.ordinalOf(fleet.hosts[150]!)).toBe(150);
    expect(() => fleet.createHost({ name: 'h7', profile: 'selftest-mock' })).toThrow(/already exists/);
    expect(fleet.hosts).toHaveLength(200);
    const device = fleet.hosts[3]!.devices[1]!;
    expect(fleet.hosts[3]!.device(device.bdf)).toBe(device);
  });
});

describe('config space copy-on-write', () => {
  it('shares the bytes of one template across hosts until a device writes', () => {
    const fleet = new Fleet();
    const a = fleet.createHost({ name: 'a', profile: 'intel-sapphire-rapids' });
    const b = fleet.createHost({ name: 'b', profile: 'intel-sapphire-rapids' });
    const templates = fleet.configs.templates;
    fleet.createHost({ name: 'c', profile: 'intel-sapphire-rapids' });
    expect(fleet.configs.templates).toBe(templates);
    const nvmeA = a.device('0000:17:00.0')!.config;
    const nvmeB = b.device('0000:17:00.0')!.config;
    expect(nvmeA.bytes).toBe(nvmeB.bytes);

    nvmeA.write16(0x04, 0x0406);
    expect(nvmeA.read16(0x04)).toBe(0x0406);
    expect(nvmeB.read16(0x04)).not.toBe(0x0406);
    expect(nvmeA.bytes).not.toBe(nvmeB.bytes);
    expect(nvmeA.isShared).toBe(false);
    expect(nvmeB.isShared).toBe(true);
  });
});
