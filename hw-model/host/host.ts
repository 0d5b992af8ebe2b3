// An emulated machine: its IOMMUs, IOMMU groups and PCI devices.

import type { IommuUnit } from '../drivers/iommu.ts';
import { EventBus, type ModelEvent } from '../events.ts';
import type { Context } from '../iommufd/context.ts';
import { addressOrder } from './bdf.ts';
import type { PciDevice } from './device.ts';
import { HostRam } from './host-ram.ts';
import type { IommuGroup } from './iommu-group.ts';
import { OpenContexts } from './open-contexts.ts';
import { hostPasidWidth, PasidAllocator } from './pasid-allocator.ts';

/** PROFILE: built in; LSPCI: pasted lspci output; SNAPSHOT: the snapshot script's output; LIVE: this machine's sysfs. */
export type HostSource = 'PROFILE' | 'LSPCI' | 'SNAPSHOT' | 'LIVE';

export class Host {
  /** What happens on this host (invalidations, faults, events), for whoever listens. */
  readonly events = new EventBus<ModelEvent>();
  readonly iommus: IommuUnit[] = [];
  /** In the order they were made; add through addGroup (it keeps the lookup by number). */
  readonly groups: IommuGroup[] = [];
  /** In address order; add through insertDevices (it keeps the order and the lookup by BDF). */
  readonly devices: PciDevice[] = [];
  readonly #byBdf = new Map<string, PciDevice>();
  readonly #byGroupNumber = new Map<number, IommuGroup>();
  /** Host-wide PASIDs, shared by every context on the host; its range follows the IOMMUs' widths. */
  readonly pasidAllocator = new PasidAllocator(() => hostPasidWidth(this.iommus));
  /** The RAM processes on this host pin for DMA. */
  readonly ram = new HostRam();
  /** Its open /dev/iommu files (iommufd contexts). */
  readonly iommufd = new OpenContexts<Context>();
  /**
   * This boot of the host (Linux's /proc/sys/kernel/random/boot_id): iommufd state lives for one boot, so
   * the IDs of contexts and their objects carry it. The model never invents one ("0" unless the fleet's
   * builder gives one); the server gives each start a fresh one.
   */
  bootId = '0';

  constructor(
    readonly name: string,
    /** The profile it was built from, or lspci-import / snapshot / live. */
    readonly profile: string,
    /** Where its description comes from. */
    readonly source: HostSource = 'PROFILE',
  ) {}

  device(bdf: string): PciDevice | undefined {
    return this.#byBdf.get(bdf);
  }

  /** Adds devices, keeping `devices` in address order (domain, then routing ID). */
  insertDevices(added: readonly PciDevice[]): void {
    for (const device of added) {
      if (this.#byBdf.has(device.bdf)) throw new RangeError(`${this.name}: two devices at ${device.bdf}`);
      this.#byBdf.set(device.bdf, device);
    }
    const last = this.devices[this.devices.length - 1];
    this.devices.push(...added);
    // Hot-adds land at the end of the order; only an insert before the last device needs a sort.
    const first = added[0];
    if (added.length > 1 || (first && last && addressOrder(first.address) < addressOrder(last.address)))
      this.devices.sort((a, b) => addressOrder(a.address) - addressOrder(b.address));
  }

  addGroup(group: IommuGroup): void {
    if (this.#byGroupNumber.has(group.number))
      throw new RangeError(`${this.name}: two IOMMU groups numbered ${group.number}`);
    this.#byGroupNumber.set(group.number, group);
    this.groups.push(group);
  }

  iommu(name: string): IommuUnit | undefined {
    return this.iommus.find((i) => i.name === name);
  }

  group(number: number): IommuGroup | undefined {
    return this.#byGroupNumber.get(number);
  }

  /** The bridge whose secondary bus the device sits on (its bus->self); null on a root bus. */
  bridgeAbove(device: PciDevice): PciDevice | null {
    const { domain, bus } = device.address;
    return (
      this.devices.find(
        (d) => d !== device && d.address.domain === domain && d.isBridge && d.secondaryBus === bus,
      ) ?? null
    );
  }

  /** Devices an IOMMU translates for. */
  devicesBehind(iommu: IommuUnit): PciDevice[] {
    return this.devices.filter((d) => d.iommu === iommu);
  }
}
