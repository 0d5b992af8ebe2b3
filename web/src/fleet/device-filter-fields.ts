// The device table's filter form, one entry per DeviceFilter field. Adding a filter the API gains (iommuType,
// isVirtualFunction, minGroupSize, ...) is one more entry here: the form and the query follow.
import type { DeviceFilter, HwCapability, IommuType } from '../gql/graphql.ts';

export type FilterInput =
  | { type: 'text'; placeholder?: string }
  | { type: 'integer'; placeholder?: string }
  | { type: 'checkbox' }
  | { type: 'select'; options: readonly string[] };

export interface FilterField {
  name: string;
  label: string;
  input: FilterInput;
  /** The part of DeviceFilter this field's (non-empty) form value asks for; undefined when the value is invalid. */
  toFilter(value: string): DeviceFilter | undefined;
}

/** Decimal or 0x-prefixed hexadecimal, as PCI IDs are written. */
export function parseInteger(value: string): number | undefined {
  const v = value.trim();
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(v)) return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : undefined;
}

const integer = (
  name: string,
  label: string,
  key: keyof DeviceFilter,
  placeholder?: string,
): FilterField => ({
  name,
  label,
  input: { type: 'integer', placeholder },
  toFilter: (value) => {
    const n = parseInteger(value);
    return n === undefined ? undefined : { [key]: n };
  },
});

const capability = (name: string, label: string, cap: HwCapability): FilterField => ({
  name,
  label,
  input: { type: 'checkbox' },
  toFilter: () => ({ hasCapabilities: [cap] }),
});

/** A true/false filter as a select: any, yes or no. */
const yesNo = (name: string, label: string, key: keyof DeviceFilter): FilterField => ({
  name,
  label,
  input: { type: 'select', options: ['yes', 'no'] },
  toFilter: (value) => (value === 'yes' ? { [key]: true } : value === 'no' ? { [key]: false } : undefined),
});

const IOMMU_TYPES: readonly IommuType[] = ['INTEL_VTD', 'ARM_SMMUV3', 'AMD', 'MOCK'];

export function deviceFilterFields(hostNames: readonly string[]): FilterField[] {
  return [
    {
      name: 'host',
      label: 'Host',
      input: { type: 'select', options: hostNames },
      toFilter: (value) => ({ hostName: value }),
    },
    {
      name: 'iommuType',
      label: 'IOMMU type',
      input: { type: 'select', options: IOMMU_TYPES },
      toFilter: (value) =>
        (IOMMU_TYPES as readonly string[]).includes(value) ? { iommuType: value as IommuType } : undefined,
    },
    yesNo('nesting', 'IOMMU nesting', 'iommuSupportsNesting'),
    yesNo('iommuDirty', 'IOMMU dirty tracking', 'iommuSupportsDirtyTracking'),
    yesNo('vf', 'SR-IOV VF', 'isVirtualFunction'),
    integer('groupSize', 'Group size ≥', 'minGroupSize', 'e.g. 2'),
    {
      name: 'driver',
      label: 'Driver',
      input: { type: 'text', placeholder: 'vfio-pci' },
      toFilter: (value) => ({ driver: value.trim() }),
    },
    integer('minPasid', 'PASID width ≥', 'minPasidLog2', 'e.g. 20'),
    capability('dirty', 'Dirty tracking', 'DIRTY_TRACKING'),
    capability('pasidExec', 'PASID execute', 'PCI_PASID_EXEC'),
    capability('pasidPriv', 'PASID privileged', 'PCI_PASID_PRIV'),
    integer('vendor', 'Vendor ID', 'vendorId', '0x8086'),
    integer('device', 'Device ID', 'deviceId', '0x0b25'),
    integer('pciCap', 'PCI capability ID', 'pciCapabilityId', '0x11b = PASID'),
  ];
}

export type FilterValues = Record<string, string>;

export interface BuiltFilter {
  filter: DeviceFilter;
  /** Fields whose value could not be read (they are left out of the filter). */
  invalid: string[];
}

/** The DeviceFilter the form's values ask for; capability lists of several fields are joined. */
export function buildDeviceFilter(fields: readonly FilterField[], values: FilterValues): BuiltFilter {
  const filter: DeviceFilter = {};
  const invalid: string[] = [];
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === '') continue;
    const part = field.toFilter(value);
    if (!part) {
      invalid.push(field.name);
      continue;
    }
    const { hasCapabilities, ...rest } = part;
    Object.assign(filter, rest);
    if (hasCapabilities) filter.hasCapabilities = [...(filter.hasCapabilities ?? []), ...hasCapabilities];
  }
  return { filter, invalid };
}
