// PCIe Access Control Services as the kernel's pci_acs_enabled() reads them: the isolation a
// bridge or multi-function device must provide before devices below or beside it get groups of their own.
import { findCapability } from '../pci/capabilities.ts';
import type { PciDevice } from './device.ts';

const CAP_ID_EXP = 0x10;
const EXT_CAP_ID_ACS = 0x0d;
const PCI_EXP_TYPE_UPSTREAM = 0x5;
/** REQ_ACS_FLAGS: Source Validation, Request Redirect, Completion Redirect, Upstream Forwarding. */
export const REQ_ACS_FLAGS = 0x01 | 0x04 | 0x08 | 0x10;

/** PCIe Device/Port Type, or null for a conventional PCI function. */
export function pcieType(device: PciDevice): number | null {
  const cap = findCapability(device.config, CAP_ID_EXP, false);
  return cap ? (device.config.read16(cap.offset + 2) >> 4) & 0xf : null;
}

/** Whether the device's ACS control enables every REQ_ACS_FLAGS bit. */
export function acsEnabled(device: PciDevice): boolean {
  // ACS does not apply to switch upstream ports (PCIe 6.12.1.2); the kernel does not require it there.
  if (pcieType(device) === PCI_EXP_TYPE_UPSTREAM) return true;
  const acs = findCapability(device.config, EXT_CAP_ID_ACS, true);
  if (!acs) return false;
  return (device.config.read16(acs.offset + 6) & REQ_ACS_FLAGS) === REQ_ACS_FLAGS;
}

/** pci_acs_path_enabled(bridge, NULL): the bridge and every bridge above it isolate. */
export function acsPathEnabled(bridge: PciDevice): boolean {
  for (let b: PciDevice | null = bridge; b; b = b.upstreamBridge) {
    if (!acsEnabled(b)) return false;
  }
  return true;
}
