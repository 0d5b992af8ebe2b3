// The fleet: every emulated host the control plane serves, and the two ways to grow it
// (create a host, hot-add a device). A failed call changes nothing.

import type { IommuSpec } from '../drivers/from-registers.ts';
import type { IommuUnit } from '../drivers/iommu.ts';
import { fail } from '../errors.ts';
import { EventBus, emitObjectEvent, type ModelEvent } from '../events.ts';
import { ConfigPool } from '../pci/config-pool.ts';
import { buildConfigSpace, type ExtendedCapabilitySpec } from '../pci/synthesize.ts';
import { FleetIndex } from '../query/fleet-index.ts';
import { formatBdf } from './bdf.ts';
import { PciDevice } from './device.ts';
import { assignGroup } from './grouping.ts';
import type { Host } from './host.ts';
import { importLspciHost } from './lspci-import.ts';
import type { MachineDescription } from './machine.ts';
import { buildMachineHost } from './machine-host.ts';
import { findProfile, profileNames } from './profiles/index.ts';

export interface HostCreateInput {
  name: string;
  profile?: string | null;
  lspci?: string | null;
  /** The IOMMU behind an lspci import's devices; omitted: none. */
  iommu?: IommuSpec | null;
  /** A real machine (a parsed snapshot, or this machine's sysfs), with its kernel's groups. */
  machine?: MachineDescription | null;
  /** SNAPSHOT (default) or LIVE, for a machine. */
  machineSource?: 'SNAPSHOT' | 'LIVE';
}

export interface DeviceAddInput {
  host: Host | string;
  /** Default: the host's first IOMMU. */
  iommu?: IommuUnit | string | null;
  vendorId: number;
  deviceId: number;
  /** Max PASID Width of the PASID capability to give it; 0 for none. */
  pasidWidth?: number | null;
  noDirtyTracking?: boolean | null;
}

/** The largest Max PASID Width a PASID capability can hold. */
export const MAX_PASID_WIDTH = 20;
/** Hot-added devices go on buses from here up, one device per slot, function 0. */
export const HOTPLUG_FIRST_BUS = 0xf0;

/** Host names end up in IDs and URLs: keep them plain. */
const HOST_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** hostCreate's default bound: well above the 10,000-host fleets the fleet queries are sized for. */
export const DEFAULT_MAX_HOSTS = 100_000;

export interface FleetOptions {
  /** Most hosts the fleet holds; hostCreate past it is ENOSPC. */
  maxHosts?: number;
  /** Every host's PasidAllocator.quotaPerContext (default DEFAULT_PASID_QUOTA_PER_CONTEXT). */
  pasidQuotaPerContext?: number;
  /** Every host's bootId (lowercase hex): the server's start, for IDs that die with it. Default "0". */
  bootId?: string;
}

export class Fleet {
  /** In the order they were created (fleet order); grow it through createHost only. */
  readonly hosts: Host[] = [];
  /** Every host's events, in one stream. */
  readonly events = new EventBus<ModelEvent>();
  /** Lookups by name and fleet-wide filters, kept up to date by createHost and addDevice. */
  readonly index = new FleetIndex();
  /** Devices of one template share their config-space bytes until written. */
  readonly configs = new ConfigPool();
  readonly maxHosts: number;
  private readonly pasidQuotaPerContext: number | undefined;
  readonly bootId: string;

  constructor(options: FleetOptions = {}) {
    this.maxHosts = options.maxHosts ?? DEFAULT_MAX_HOSTS;
    this.pasidQuotaPerContext = options.pasidQuotaPerContext;
    this.bootId = options.bootId ?? '0';
    if (!/^[0-9a-f]+$/.test(this.bootId)) throw new Error(`bootId ${this.bootId} is not lowercase hex`);
  }

  host(name: string): Host | undefined {
    return this.index.host(name);
  }

  createHost(input: HostCreateInput): Host {
    const name = input.name?.trim() ?? '';
    if (name === '') fail('EINVAL', 'a host needs a name', 'name');
    if (!HOST_NAME.test(name)) {
      fail(
        'EINVAL',
        'a host name is 1-63 letters, digits, ".", "_" or "-", starting with a letter or digit',
        'name',
      );
    }
    if (this.host(name)) fail('EEXIST', `a host named ${name} already exists`, 'name');
    if (this.hosts.length >= this.maxHosts)
      fail('ENOSPC', `the fleet holds its maximum of ${this.maxHosts} hosts`, 'name');
    const hasProfile = input.profile != null;
    const hasLspci = input.lspci != null;
    const hasMachine = input.machine != null;
    if (Number(hasProfile) + Number(hasLspci) + Number(hasMachine) !== 1)
      fail('EINVAL', 'give exactly one of profile, lspci and snapshot', 'profile');
    if (input.iommu != null && !hasLspci)
      fail('EINVAL', 'iommu describes the IOMMU of an lspci import only', 'iommu');
    let host: Host;
    if (hasProfile) {
      const profile = findProfile(input.profile ?? '');
      if (!profile) {
        fail('EINVAL', `unknown profile ${input.profile}; known: ${profileNames().join(', ')}`, 'profile');
      }
      host = profile.build(name);
    } else if (input.machine) {
      host = buildMachineHost(name, input.machine, input.machineSource ?? 'SNAPSHOT');
    } else {
      host = importLspciHost(name, input.lspci ?? '', input.iommu);
    }
    if (this.pasidQuotaPerContext !== undefined)
      host.pasidAllocator.quotaPerContext = this.pasidQuotaPerContext;
    host.bootId = this.bootId;
    for (const device of host.devices) this.configs.share(device.config);
    this.index.addHost(host);
    this.hosts.push(host);
    host.events.subscribe((event) => this.events.emit(event));
    emitObjectEvent(host, 'CREATED', host);
    return host;
  }

  /** Hot-adds a PCIe endpoint on the next free slot of a hot-plug bus, in an IOMMU group of its own. */
  addDevice(input: DeviceAddInput): PciDevice {
    const host = typeof input.host === 'string' ? this.host(input.host) : input.host;
    if (!host || this.host(host.name) !== host) return fail('ENOENT', 'no such host', 'hostId');
    checkId(input.vendorId, 'vendorId');
    checkId(input.deviceId, 'deviceId');
    const pasidWidth = input.pasidWidth ?? 0;
    if (!Number.isInteger(pasidWidth) || pasidWidth < 0 || pasidWidth > MAX_PASID_WIDTH) {
      fail('EINVAL', `pasidWidth must be 0..${MAX_PASID_WIDTH}`, 'pasidWidth');
    }
    const iommu = resolveIommu(host, input.iommu);

    const extended: ExtendedCapabilitySpec[] = [{ kind: 'aer' }];
    if (pasidWidth > 0) extended.push({ kind: 'pasid', width: pasidWidth, enabled: true });
    const device = new PciDevice({
      host,
      bdf: nextHotplugBdf(host),
      config: buildConfigSpace({
        vendorId: input.vendorId,
        deviceId: input.deviceId,
        classCode: 0x00ff00,
        msixVectors: 8,
        extended,
      }),
      iommu,
      noDirtyTracking: input.noDirtyTracking ?? false,
    });
    host.insertDevices([device]);
    assignGroup(host, device);
    this.configs.share(device.config);
    this.index.addDevice(device);
    emitObjectEvent(host, 'CREATED', device);
    return device;
  }
}

function checkId(value: number, field: 'vendorId' | 'deviceId'): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff)
    fail('EINVAL', `${field} must be 0..0xffff`, field);
}

function resolveIommu(host: Host, wanted: IommuUnit | string | null | undefined): IommuUnit {
  if (wanted == null) {
    return host.iommus[0] ?? fail('ENOENT', `host ${host.name} has no IOMMU`, 'iommuId');
  }
  const iommu = typeof wanted === 'string' ? host.iommu(wanted) : wanted;
  if (!iommu || !host.iommus.includes(iommu))
    fail('ENOENT', `the IOMMU is not on host ${host.name}`, 'iommuId');
  return iommu;
}

function nextHotplugBdf(host: Host): string {
  // One pass over the host's devices, not a lookup per candidate slot.
  const used = new Set<number>();
  for (const d of host.devices)
    if (d.address.domain === 0 && d.address.bus >= HOTPLUG_FIRST_BUS)
      used.add(d.address.bus * 32 + d.address.device);
  for (let bus = HOTPLUG_FIRST_BUS; bus <= 0xff; bus++) {
    for (let device = 0; device < 32; device++) {
      if (!used.has(bus * 32 + device)) return formatBdf({ domain: 0, bus, device, function: 0 });
    }
  }
  return fail('ENOSPC', `host ${host.name} has no free hot-plug slot`, 'hostId');
}

/** Hosts of the default fleet, one per profile: spr-01, grace-01, genoa-01, mock-01. */
export const DEFAULT_FLEET_HOSTS = [
  { name: 'spr-01', profile: 'intel-sapphire-rapids' },
  { name: 'grace-01', profile: 'arm-grace' },
  { name: 'genoa-01', profile: 'amd-genoa' },
  { name: 'mock-01', profile: 'selftest-mock' },
] as const;

export function createDefaultFleet(options: FleetOptions = {}): Fleet {
  const fleet = new Fleet(options);
  for (const h of DEFAULT_FLEET_HOSTS) fleet.createHost(h);
  return fleet;
}
