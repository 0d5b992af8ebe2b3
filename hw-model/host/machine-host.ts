// Builds a host from a real machine's description: devices with their real config space, IOMMU
// units from their real registers, and groups exactly as the kernel formed them (never recomputed
// with pci_device_group: a kernel's ACS quirks, command-line overrides or firmware may differ).

import { AmdVi } from '../drivers/amd-vi.ts';
import { ArmSmmuv3, GRACE_SMMUV3 } from '../drivers/arm-smmuv3.ts';
import { IntelVtd } from '../drivers/intel-vtd.ts';
import type { IommuUnit } from '../drivers/iommu.ts';
import { fail } from '../errors.ts';
import { CONVENTIONAL_CONFIG_SIZE, ConfigSpace, PCIE_CONFIG_SIZE } from '../pci/config-space.ts';
import { PciDevice } from './device.ts';
import { Host, type HostSource } from './host.ts';
import { IommuGroup } from './iommu-group.ts';
import type { MachineDescription, MachineIommu } from './machine.ts';

const hex = (value: string, what: string): bigint => {
  const text = value.trim().replace(/^0x/i, '');
  if (!/^[0-9a-f]{1,16}$/i.test(text))
    fail('EINVAL', `${what} is not a 64-bit hex value: ${value}`, 'snapshot');
  return BigInt(`0x${text}`);
};

/** A unit from what sysfs shows of it: intel-iommu/cap+ecap, amd-iommu/features ("efr:efr2"). */
export function unitFromSysfs(unit: MachineIommu): IommuUnit {
  const r = unit.registers;
  if (r['intel-iommu/cap'] !== undefined && r['intel-iommu/ecap'] !== undefined) {
    return new IntelVtd(unit.name, {
      cap: hex(r['intel-iommu/cap'], `${unit.name} cap`),
      ecap: hex(r['intel-iommu/ecap'], `${unit.name} ecap`),
      version: r['intel-iommu/version'],
      address: r['intel-iommu/address'] ? hex(r['intel-iommu/address'], `${unit.name} address`) : undefined,
    });
  }
  if (r['amd-iommu/features'] !== undefined) {
    const [efr, efr2] = r['amd-iommu/features'].split(':');
    return new AmdVi(unit.name, {
      efr: hex(efr ?? '', `${unit.name} features`),
      efr2: efr2 ? hex(efr2, `${unit.name} features`) : 0n,
      capHeader: r['amd-iommu/cap'] ? Number(hex(r['amd-iommu/cap'], `${unit.name} cap`)) : undefined,
    });
  }
  // arm-smmu-v3 exports no registers in sysfs: the unit is the typical SMMUv3 under its real name.
  if (unit.name.startsWith('smmu3.')) {
    const base = /^smmu3\.0x([0-9a-f]+)$/i.exec(unit.name);
    return new ArmSmmuv3({ ...GRACE_SMMUV3, base: base ? BigInt(`0x${base[1]}`) : GRACE_SMMUV3.base });
  }
  return fail('EINVAL', `IOMMU ${unit.name}: sysfs shows no registers this model can read`, 'snapshot');
}

/** Pads a partial read to the next size a config space can have (unread bytes are zero). */
function configFrom(bytes: Uint8Array): ConfigSpace {
  const size = bytes.length > CONVENTIONAL_CONFIG_SIZE ? PCIE_CONFIG_SIZE : CONVENTIONAL_CONFIG_SIZE;
  const padded = new Uint8Array(size);
  padded.set(bytes.subarray(0, size));
  return new ConfigSpace(padded);
}

export function buildMachineHost(
  name: string,
  machine: MachineDescription,
  source: Extract<HostSource, 'SNAPSHOT' | 'LIVE'>,
): Host {
  const host = new Host(name, source === 'LIVE' ? 'live' : 'snapshot', source);
  const units = new Map(machine.iommus.map((u) => [u.name, unitFromSysfs(u)]));
  for (const unit of units.values()) {
    unit.host = host;
    host.iommus.push(unit);
  }
  const unitOf = (bdf: string, unitName: string | null): IommuUnit | null => {
    if (unitName === null) return null;
    const unit = units.get(unitName);
    if (!unit) fail('EINVAL', `device ${bdf} names IOMMU ${unitName}, which the snapshot lacks`, 'snapshot');
    return unit;
  };
  // Physical functions first, so a VF's physfn exists when it is built.
  const ordered = [...machine.devices].sort((a, b) => Number(a.physfn !== null) - Number(b.physfn !== null));
  const byBdf = new Map<string, PciDevice>();
  for (const d of ordered) {
    if (byBdf.has(d.bdf)) fail('EINVAL', `device ${d.bdf} appears twice in the snapshot`, 'snapshot');
    const pf = d.physfn === null ? null : (byBdf.get(d.physfn) ?? null);
    if (d.physfn !== null && !pf)
      fail('EINVAL', `VF ${d.bdf} names PF ${d.physfn}, which the snapshot lacks`, 'snapshot');
    const device = new PciDevice({
      host,
      bdf: d.bdf,
      config: configFrom(d.config),
      iommu: unitOf(d.bdf, d.iommu),
      physicalFunction: pf,
      driver: d.driver,
      numaNode: d.numaNode,
    });
    pf?.virtualFunctions.push(device);
    byBdf.set(d.bdf, device);
  }
  host.insertDevices([...byBdf.values()]);
  for (const g of [...machine.groups].sort((a, b) => a.number - b.number)) {
    const members = g.devices.map(
      (bdf) =>
        byBdf.get(bdf) ??
        fail('EINVAL', `group ${g.number} lists ${bdf}, which the snapshot lacks`, 'snapshot'),
    );
    const iommu = members.find((m) => m.iommu)?.iommu ?? (host.iommus.length === 1 ? host.iommus[0]! : null);
    if (!iommu) fail('EINVAL', `group ${g.number}: no IOMMU known for its devices`, 'snapshot');
    const group = new IommuGroup(
      host,
      g.number,
      iommu,
      g.reservedRegions.map((r) => ({ ...r })),
      g.type,
    );
    host.addGroup(group);
    for (const m of members) group.add(m);
  }
  return host;
}
