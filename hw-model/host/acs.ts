// PCIe Access Control Services as the kernel's pci_acs_enabled() reads them: the isolation a
// bridge or multi-function device must provide before devices below or beside it get groups of
// their own. Vendor ACS quirks (pci_dev_specific_acs_enabled) are not modelled.
import { findCapability } from '../pci/capabilities.ts';
import type { PciDevice } from './device.ts';

const CAP_ID_EXP = 0x10;
const EXT_CAP_ID_ACS = 0x0d;
/** PCI_EXP_TYPE_* (PCI Express Capabilities register, bits 7:4). */
export const PCI_EXP_TYPE = {
  ENDPOINT: 0x0,
  LEG_END: 0x1,
  ROOT_PORT: 0x4,
  UPSTREAM: 0x5,
  DOWNSTREAM: 0x6,
  PCI_BRIDGE: 0x7,
  PCIE_BRIDGE: 0x8,
  RC_END: 0x9,
  RC_EC: 0xa,
} as const;
/** PCI_ACS_EC: egress control, the one flag that is not hard-wired on when not implemented. */
const PCI_ACS_EC = 0x20;
/** REQ_ACS_FLAGS: Source Validation, Request Redirect, Completion Redirect, Upstream Forwarding. */
export const REQ_ACS_FLAGS = 0x01 | 0x04 | 0x08 | 0x10;

/** PCIe Device/Port Type, or null for a conventional PCI function (pci_pcie_type, pci_is_pcie). */
export function pcieType(device: PciDevice): number | null {
  const cap = findCapability(device.config, CAP_ID_EXP, false);
  return cap ? (device.config.read16(cap.offset + 2) >> 4) & 0xf : null;
}

/**
 * pci_acs_flags_enabled: flags missing from ACS Capability are hard-wired (treated as enabled),
 * except egress control; the rest must be set in ACS Control.
 */
function acsFlagsEnabled(device: PciDevice, flags: number): boolean {
  const acs = findCapability(device.config, EXT_CAP_ID_ACS, true);
  if (!acs || !device.config.contains(acs.offset + 4, 4)) return false;
  const wanted = flags & (device.config.read16(acs.offset + 4) | PCI_ACS_EC);
  return (device.config.read16(acs.offset + 6) & wanted) === wanted;
}

/** pci_acs_enabled(pdev, REQ_ACS_FLAGS): whether this function isolates its peers. */
export function acsEnabled(device: PciDevice): boolean {
  const type = pcieType(device);
  // Conventional PCI and PCI-X: a shared bus, never isolated.
  if (type === null) return false;
  switch (type) {
    // PCI/PCI-X bridges on either side, and RC event collectors: never (PCIe 6.12.1).
    case PCI_EXP_TYPE.PCIE_BRIDGE:
    case PCI_EXP_TYPE.PCI_BRIDGE:
    case PCI_EXP_TYPE.RC_EC:
      return false;
    // Root and downstream ports must implement ACS to claim isolation (6.12.1.1).
    case PCI_EXP_TYPE.DOWNSTREAM:
    case PCI_EXP_TYPE.ROOT_PORT:
      return acsFlagsEnabled(device, REQ_ACS_FLAGS);
    // Other types need ACS only as part of a multi-function device (6.12.1.2).
    case PCI_EXP_TYPE.ENDPOINT:
    case PCI_EXP_TYPE.UPSTREAM:
    case PCI_EXP_TYPE.LEG_END:
    case PCI_EXP_TYPE.RC_END:
      return device.isMultiFunction ? acsFlagsEnabled(device, REQ_ACS_FLAGS) : true;
  }
  return true;
}

/** pci_acs_path_enabled(bridge, NULL, REQ_ACS_FLAGS): the bridge and every bridge above it isolate. */
export function acsPathEnabled(bridge: PciDevice): boolean {
  for (let b: PciDevice | null = bridge; b; b = b.upstreamBridge) {
    if (!acsEnabled(b)) return false;
  }
  return true;
}
