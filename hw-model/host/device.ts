// A PCI function of an emulated host, with its config space and its place behind an IOMMU.

import type { IommuHwInfo, IommuType, IommuUnit } from '../drivers/iommu.ts';
import { fail } from '../errors.ts';
import { listCapabilities, type PciCapabilityInfo } from '../pci/capabilities.ts';
import type { ConfigSpace } from '../pci/config-space.ts';
import {
  type AcsRegs,
  type AtsRegs,
  decodeAcs,
  decodeAts,
  decodePasid,
  decodePri,
  decodeSriov,
  type PasidRegs,
  type PriRegs,
  type SriovRegs,
} from '../pci/decoders.ts';
import { dmaAliasDevfns } from '../pci/dma-alias-quirks.ts';
import { decodePcieLink, type PcieLink } from '../pci/pcie-link.ts';
import { type DeviceQuirk, quirksFor } from '../pci/quirks.ts';
import { type PciAddress, parseBdf } from './bdf.ts';
import type { Host } from './host.ts';
import type { IommuGroup, ReservedRegion } from './iommu-group.ts';

export type HwCapability = 'DIRTY_TRACKING' | 'PCI_PASID_EXEC' | 'PCI_PASID_PRIV' | 'PCI_ATS_NOT_SUPPORTED';

/** What IOMMU_GET_HW_INFO returns for a device. */
export interface DeviceHwInfo {
  type: IommuType;
  capabilities: HwCapability[];
  maxPasidLog2: number;
  data: IommuHwInfo;
}

/** The PASID capability a device's DMA can use and whose it is (a VF uses its PF's). */
export interface DevicePasid {
  regs: PasidRegs;
  source: PciDevice;
}

export interface PciDeviceInit {
  host: Host;
  bdf: string;
  config: ConfigSpace;
  name?: string | null;
  iommu?: IommuUnit | null;
  group?: IommuGroup | null;
  physicalFunction?: PciDevice | null;
  /** The device cannot do IOMMU dirty tracking (selftest MOCK_FLAGS_DEVICE_NO_DIRTY). */
  noDirtyTracking?: boolean;
  /** Regions firmware asks to keep identity-mapped for this device (VT-d RMRR, AMD IVMD). */
  directMappings?: ReservedRegion[];
  /** The kernel driver bound to it (sysfs driver link), where the source says. */
  driver?: string | null;
  /** sysfs numa_node, where the source says (-1 there means none: null). */
  numaNode?: number | null;
}

const HEADER_TYPE_BRIDGE = 0x01;
const HEADER_TYPE_CARDBUS = 0x02;
const HEADER_TYPE_MULTI_FUNCTION = 0x80;

export class PciDevice {
  readonly host: Host;
  /** Domain:bus:device.function, e.g. 0000:6a:01.0. */
  readonly bdf: string;
  readonly address: PciAddress;
  readonly config: ConfigSpace;
  readonly name: string | null;
  readonly iommu: IommuUnit | null;
  readonly physicalFunction: PciDevice | null;
  readonly virtualFunctions: PciDevice[] = [];
  readonly noDirtyTracking: boolean;
  readonly directMappings: ReservedRegion[];
  readonly driver: string | null;
  readonly numaNode: number | null;
  /** The iommufd DEVICE object this device is bound to (its one DMA owner), owned by hw-model/iommufd. */
  binding: unknown = null;
  #group: IommuGroup | null = null;

  constructor(init: PciDeviceInit) {
    const address = parseBdf(init.bdf);
    if (!address) throw new RangeError(`malformed BDF ${init.bdf}`);
    this.host = init.host;
    this.address = address;
    this.bdf = init.bdf;
    this.config = init.config;
    this.name = init.name ?? null;
    this.iommu = init.iommu ?? null;
    this.physicalFunction = init.physicalFunction ?? null;
    this.noDirtyTracking = init.noDirtyTracking ?? false;
    this.directMappings = init.directMappings ?? [];
    this.driver = init.driver ?? null;
    this.numaNode = init.numaNode ?? null;
    if (init.group) init.group.add(this);
  }

  get group(): IommuGroup | null {
    return this.#group;
  }

  /** Called by IommuGroup.add only: a device is in at most one group. */
  setGroup(group: IommuGroup): void {
    if (this.#group && this.#group !== group) throw new Error(`${this.bdf} is already in a group`);
    this.#group = group;
  }

  get vendorId(): number {
    return this.config.vendorId;
  }

  get deviceId(): number {
    return this.config.deviceId;
  }

  get classCode(): number {
    return this.config.classCode;
  }

  get isVirtualFunction(): boolean {
    return this.physicalFunction !== null;
  }

  /**
   * Header type 1 (PCI-to-PCI: root port, switch port, PCIe-to-PCI bridge) or 2 (CardBus): both
   * have a secondary bus at 0x19, and pci_for_each_dma_alias sees either as its bus->self.
   */
  get isBridge(): boolean {
    const type = this.config.read8(0x0e) & 0x7f;
    return type === HEADER_TYPE_BRIDGE || type === HEADER_TYPE_CARDBUS;
  }

  /** Device << 3 | function, the low byte of the requester ID. */
  get devfn(): number {
    return (this.address.device << 3) | this.address.function;
  }

  /** Devfns on its bus its DMA also carries (pdev->dma_alias_mask from the quirks.c table). */
  dmaAliases(): number[] {
    // Subsystem IDs live at 0x2c in a type 0 header; bridges have none there.
    const type0 = (this.config.read8(0x0e) & 0x7f) === 0;
    return dmaAliasDevfns(
      {
        vendorId: this.vendorId,
        deviceId: this.deviceId,
        subsystemVendorId: type0 ? this.config.read16(0x2c) : 0,
        subsystemId: type0 ? this.config.read16(0x2e) : 0,
      },
      this.devfn,
    );
  }

  /**
   * pdev->multifunction: header type bit 7, or any function but 0 (pci_scan_slot sets it for fn > 0
   * whatever the header says). VFs never count as multi-function.
   */
  get isMultiFunction(): boolean {
    if (this.isVirtualFunction) return false;
    return this.address.function > 0 || (this.config.read8(0x0e) & HEADER_TYPE_MULTI_FUNCTION) !== 0;
  }

  /** The bus a bridge forwards to; null for endpoints. */
  get secondaryBus(): number | null {
    return this.isBridge ? this.config.read8(0x19) : null;
  }

  /** The bridge whose secondary bus this device sits on; null on a root bus. */
  get upstreamBridge(): PciDevice | null {
    return this.host.bridgeAbove(this);
  }

  /** Standard then extended capabilities, in chain order. */
  capabilities(): PciCapabilityInfo[] {
    return listCapabilities(this.config);
  }

  /** Its own PASID capability, or for a VF its PF's (VFs must not implement one, PCIe 7.8.9). */
  pasid(): DevicePasid | null {
    const own = decodePasid(this.config);
    if (own) return { regs: own, source: this };
    const pf = this.physicalFunction;
    const inherited = pf ? decodePasid(pf.config) : null;
    return pf && inherited ? { regs: inherited, source: pf } : null;
  }

  /** Known hidden registers and other quirks of this vendor/device ID. */
  quirks(): DeviceQuirk[] {
    return quirksFor(this.vendorId, this.deviceId);
  }

  ats(): AtsRegs | null {
    return decodeAts(this.config);
  }

  sriov(): SriovRegs | null {
    return decodeSriov(this.config);
  }

  pri(): PriRegs | null {
    return decodePri(this.config);
  }

  acs(): AcsRegs | null {
    return decodeAcs(this.config);
  }

  link(): PcieLink | null {
    return decodePcieLink(this.config);
  }

  /**
   * IOMMU_GET_HW_INFO as iommufd_get_hw_info computes it: the IOMMU's type and registers;
   * DIRTY_TRACKING when the IOMMU can and the device does not opt out; max_pasid_log2 the smaller
   * of the device's (or its PF's) PASID width and the IOMMU's; PASID EXEC/PRIV only with PASID;
   * PCI_ATS_NOT_SUPPORTED unless both the device and the IOMMU can do ATS.
   */
  hwInfo(): DeviceHwInfo {
    const iommu = this.iommu;
    if (!iommu) return fail('ENODEV', `device ${this.bdf} is not behind an IOMMU`, 'deviceId');
    const capabilities: HwCapability[] = [];
    if (iommu.supportsDirtyTracking && !this.noDirtyTracking) capabilities.push('DIRTY_TRACKING');

    const pasid = this.pasid();
    const maxPasidLog2 =
      pasid && iommu.maxPasidLog2 > 0 ? Math.min(pasid.regs.maxPasidWidth, iommu.maxPasidLog2) : 0;
    // The IOMMU driver enables PASID with every feature the capability offers, so the control
    // bits the kernel reads back equal the capability bits.
    if (pasid && maxPasidLog2 > 0) {
      if (pasid.regs.executePermission) capabilities.push('PCI_PASID_EXEC');
      if (pasid.regs.privilegedMode) capabilities.push('PCI_PASID_PRIV');
    }
    if (!iommu.supportsAts || !this.ats()) capabilities.push('PCI_ATS_NOT_SUPPORTED');
    return { type: iommu.type, capabilities, maxPasidLog2, data: iommu.hwInfo };
  }
}
