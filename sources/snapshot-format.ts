// Reads the text scripts/snapshot.sh prints (format version 1, README "Snapshot format") into a
// MachineDescription. Pure: the caller brings the text (a mutation argument, or the script's output
// at start-up). A malformed snapshot is EINVAL on `snapshot`, naming the line.
import { fail } from '../hw-model/errors.ts';
import { parseBdf } from '../hw-model/host/bdf.ts';
import type { ReservedRegionType } from '../hw-model/host/iommu-group.ts';
import type {
  MachineDescription,
  MachineDevice,
  MachineGroup,
  MachineIommu,
} from '../hw-model/host/machine.ts';

export const SNAPSHOT_MAGIC = 'iommufd-graph-snapshot';
export const SNAPSHOT_VERSION = 1;

/** sysfs reserved_regions type names (iommu_group_resv_type_string) → the model's. */
const REGION_TYPES: Record<string, ReservedRegionType> = {
  direct: 'DIRECT',
  'direct-relaxable': 'DIRECT_RELAXABLE',
  reserved: 'RESERVED',
  msi: 'MSI',
};

export function parseSnapshot(text: string): MachineDescription {
  const lines = text.split(/\r?\n/);
  const bad = (index: number, why: string): never =>
    fail('EINVAL', `snapshot line ${index + 1}: ${why}`, 'snapshot');
  const header = lines[0]?.trim().split(/\s+/) ?? [];
  if (header[0] !== SNAPSHOT_MAGIC) bad(0, `expected "${SNAPSHOT_MAGIC} ${SNAPSHOT_VERSION}"`);
  if (header[1] !== String(SNAPSHOT_VERSION))
    bad(0, `format version ${header[1]} is not ${SNAPSHOT_VERSION}`);

  const machine: MachineDescription = { hostname: '', iommus: [], devices: [], groups: [] };
  const iommus = new Map<string, MachineIommu>();
  const devices = new Map<string, MachineDevice>();
  const groups = new Map<number, MachineGroup>();
  let ended = false;
  const device = (i: number, bdf: string) =>
    devices.get(bdf) ?? bad(i, `device ${bdf} has no "device" line before it`);
  const group = (i: number, n: string) =>
    groups.get(Number(n)) ?? bad(i, `group ${n} has no "group" line before it`);

  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (ended) bad(i, 'text after "end"');
    const [kind, key = '', ...rest] = line.split(/\s+/);
    const [name = '', ...values] = rest;
    const value = values.join(' ');
    switch (kind) {
      case 'hostname':
        machine.hostname = key;
        break;
      case 'iommu':
        if (iommus.has(key)) bad(i, `IOMMU ${key} twice`);
        iommus.set(key, { name: key, registers: {} });
        break;
      case 'iommu-reg': {
        const unit = iommus.get(key) ?? bad(i, `IOMMU ${key} has no "iommu" line before it`);
        unit.registers[name] = value;
        break;
      }
      case 'device':
        if (!parseBdf(key) || !key.includes(':', 5)) bad(i, `malformed BDF ${key}`);
        if (devices.has(key)) bad(i, `device ${key} twice`);
        devices.set(key, {
          bdf: key.toLowerCase(),
          config: new Uint8Array(0),
          driver: null,
          numaNode: null,
          iommu: null,
          physfn: null,
        });
        break;
      case 'device-attr': {
        const d = device(i, key);
        if (name === 'driver') d.driver = value;
        else if (name === 'iommu') d.iommu = value;
        else if (name === 'physfn') d.physfn = value;
        else if (name === 'numa_node') d.numaNode = Number(value) >= 0 ? Number(value) : null;
        break;
      }
      case 'config': {
        const d = device(i, key);
        if (!/^([0-9a-f]{2})*$/i.test(name) || name.length === 0) bad(i, 'config is not hex bytes');
        if (name.length / 2 < 64 || name.length / 2 > 4096)
          bad(i, `config of ${name.length / 2} bytes (64..4096)`);
        d.config = Uint8Array.from(Buffer.from(name, 'hex'));
        break;
      }
      case 'group': {
        const n = Number(key);
        if (!Number.isInteger(n) || n < 0) bad(i, `malformed group number ${key}`);
        if (groups.has(n)) bad(i, `group ${key} twice`);
        groups.set(n, { number: n, type: 'DMA', devices: [], reservedRegions: [] });
        break;
      }
      case 'group-attr':
        if (name === 'type') group(i, key).type = value;
        break;
      case 'group-device':
        group(i, key).devices.push(name.toLowerCase());
        break;
      case 'group-reserved': {
        const g = group(i, key);
        const [last = '', type = ''] = values;
        const regionType = REGION_TYPES[type] ?? bad(i, `unknown reserved region type ${type}`);
        if (!/^0x[0-9a-f]{1,16}$/i.test(name) || !/^0x[0-9a-f]{1,16}$/i.test(last))
          bad(i, 'region bounds are 0x hex');
        g.reservedRegions.push({ start: BigInt(name), last: BigInt(last), type: regionType });
        break;
      }
      case 'end':
        ended = true;
        break;
      default:
        // Records a newer script adds within version 1 are skipped, so old servers read new snapshots.
        break;
    }
  }
  if (!ended) bad(lines.length - 1, 'no "end" line: the snapshot is cut short');
  for (const d of devices.values())
    if (d.config.length === 0) fail('EINVAL', `device ${d.bdf} has no config line`, 'snapshot');
  machine.iommus = [...iommus.values()];
  machine.devices = [...devices.values()];
  machine.groups = [...groups.values()];
  return machine;
}
