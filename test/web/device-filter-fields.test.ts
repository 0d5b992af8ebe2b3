// The filter form's values become one DeviceFilter: IDs in hex or decimal, capability checkboxes joined.
import { describe, expect, it } from 'vitest';
import {
  buildDeviceFilter,
  deviceFilterFields,
  parseInteger,
} from '../../web/src/fleet/device-filter-fields.ts';

const fields = deviceFilterFields(['spr-01', 'mock-01']);

describe('device filter form', () => {
  it('reads PCI IDs in hex or decimal and refuses anything else', () => {
    expect(parseInteger('0x8086')).toBe(0x8086);
    expect(parseInteger('20')).toBe(20);
    expect(parseInteger('8086h')).toBeUndefined();
    expect(parseInteger('-1')).toBeUndefined();
  });

  it('builds the filter from the fields that have a value', () => {
    expect(
      buildDeviceFilter(fields, {
        host: 'spr-01',
        minPasid: '20',
        vendor: '0x8086',
        pciCap: '',
        dirty: 'on',
      }),
    ).toEqual({
      filter: { hostName: 'spr-01', minPasidLog2: 20, vendorId: 0x8086, hasCapabilities: ['DIRTY_TRACKING'] },
      invalid: [],
    });
  });

  it('offers the fleet filters: IOMMU type and properties, VFs, group size, driver', () => {
    expect(
      buildDeviceFilter(fields, {
        iommuType: 'ARM_SMMUV3',
        nesting: 'yes',
        iommuDirty: 'no',
        vf: 'no',
        groupSize: '2',
        driver: ' vfio-pci ',
      }),
    ).toEqual({
      filter: {
        iommuType: 'ARM_SMMUV3',
        iommuSupportsNesting: true,
        iommuSupportsDirtyTracking: false,
        isVirtualFunction: false,
        minGroupSize: 2,
        driver: 'vfio-pci',
      },
      invalid: [],
    });
    expect(buildDeviceFilter(fields, { iommuType: 'NOPE', groupSize: 'two' }).invalid).toEqual([
      'iommuType',
      'groupSize',
    ]);
  });

  it('joins the capability checkboxes into one hasCapabilities list', () => {
    const { filter } = buildDeviceFilter(fields, { dirty: 'on', pasidPriv: 'on' });
    expect(filter.hasCapabilities).toEqual(['DIRTY_TRACKING', 'PCI_PASID_PRIV']);
  });

  it('leaves an unreadable value out and names its field', () => {
    expect(buildDeviceFilter(fields, { vendor: 'intel', device: '0x0b25' })).toEqual({
      filter: { deviceId: 0x0b25 },
      invalid: ['vendor'],
    });
  });
});
