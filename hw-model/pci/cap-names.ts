// Capability IDs, the names lspci gives them, and the sizes their IDs fix.
// Names follow lspci's wording (pciutils ls-caps.c / ls-ecaps.c) so that the model's output reads
// like `lspci -vvv` and can be checked against real dumps; IDs and sizes are PCI spec facts.

/** Standard (0x40-0xff) capability IDs used by the model. */
export const PCI_CAP_ID = {
  PM: 0x01,
  AGP: 0x02,
  VPD: 0x03,
  SLOTID: 0x04,
  MSI: 0x05,
  CHSWP: 0x06,
  PCIX: 0x07,
  HT: 0x08,
  VNDR: 0x09,
  DBG: 0x0a,
  CCRC: 0x0b,
  SHPC: 0x0c,
  SSVID: 0x0d,
  AGP3: 0x0e,
  SECDEV: 0x0f,
  EXP: 0x10,
  MSIX: 0x11,
  SATA: 0x12,
  AF: 0x13,
  EA: 0x14,
  FPB: 0x15,
} as const;

/** Extended (0x100-0xfff) capability IDs used by the model. */
export const PCI_EXT_CAP_ID = {
  NULL: 0x00,
  ERR: 0x01,
  VC: 0x02,
  DSN: 0x03,
  PWR: 0x04,
  RCLD: 0x05,
  RCILC: 0x06,
  RCEC: 0x07,
  MFVC: 0x08,
  VC9: 0x09,
  RCRB: 0x0a,
  VNDR: 0x0b,
  CAC: 0x0c,
  ACS: 0x0d,
  ARI: 0x0e,
  ATS: 0x0f,
  SRIOV: 0x10,
  MRIOV: 0x11,
  MCAST: 0x12,
  PRI: 0x13,
  AMD_XXX: 0x14,
  REBAR: 0x15,
  DPA: 0x16,
  TPH: 0x17,
  LTR: 0x18,
  SECPCI: 0x19,
  PMUX: 0x1a,
  PASID: 0x1b,
  LNR: 0x1c,
  DPC: 0x1d,
  L1SS: 0x1e,
  PTM: 0x1f,
  MPCIE: 0x20,
  FRS: 0x21,
  RTR: 0x22,
  DVSEC: 0x23,
  VF_REBAR: 0x24,
  DLF: 0x25,
  PL_16GT: 0x26,
  LMR: 0x27,
  HIER_ID: 0x28,
  NPEM: 0x29,
  PL_32GT: 0x2a,
  ALT_PROTOCOL: 0x2b,
  SFI: 0x2c,
  SHADOW: 0x2d,
  DOE: 0x2e,
  DEV3: 0x2f,
  IDE: 0x30,
  PL_64GT: 0x31,
  FLIT_LOG: 0x32,
  FLIT_PERF: 0x33,
  FLIT_ERR_INJ: 0x34,
} as const;

const STANDARD_NAMES: Readonly<Record<number, string>> = {
  1: 'Power Management',
  2: 'AGP',
  3: 'Vital Product Data',
  4: 'Slot ID',
  5: 'MSI',
  6: 'CompactPCI hot-swap',
  7: 'PCI-X',
  8: 'HyperTransport',
  9: 'Vendor Specific Information',
  10: 'Debug port',
  11: 'CompactPCI central resource control',
  12: 'Hot-plug capable',
  13: 'Subsystem',
  14: 'AGP3',
  15: 'Secure device',
  16: 'Express',
  17: 'MSI-X',
  18: 'SATA HBA',
  19: 'PCI Advanced Features',
  20: 'Enhanced Allocation (EA)',
  21: 'Flattening Portal Bridge (FPB)',
};

const EXTENDED_NAMES: Readonly<Record<number, string>> = {
  0: 'Null',
  1: 'Advanced Error Reporting',
  2: 'Virtual Channel',
  3: 'Device Serial Number',
  4: 'Power Budgeting',
  5: 'Root Complex Link',
  6: 'Root Complex Internal Link',
  7: 'Root Complex Event Collector Endpoint Association',
  8: 'Multi-Function Virtual Channel',
  9: 'Virtual Channel',
  10: 'Root Complex Register Block',
  11: 'Vendor Specific Information',
  12: 'Configuration Access Correlation',
  13: 'Access Control Services',
  14: 'Alternative Routing-ID Interpretation (ARI)',
  15: 'Address Translation Service (ATS)',
  16: 'Single Root I/O Virtualization (SR-IOV)',
  17: 'Multi-Root I/O Virtualization (MR-IOV)',
  18: 'Multicast',
  19: 'Page Request Interface (PRI)',
  20: 'Reserved for AMD',
  21: 'Physical Resizable BAR',
  22: 'Dynamic Power Allocation',
  23: 'Transaction Processing Hints',
  24: 'Latency Tolerance Reporting',
  25: 'Secondary PCI Express',
  26: 'Protocol Multiplexing',
  27: 'Process Address Space ID (PASID)',
  28: 'LN Requester',
  29: 'Downstream Port Containment',
  30: 'L1 PM Substates',
  31: 'Precision Time Measurement',
  32: 'PCI Express over M_PHY',
  33: 'FRS Queueing',
  34: 'Readiness Time Reporting',
  35: 'Designated Vendor-Specific',
  36: 'VF Resizable BAR',
  37: 'Data Link Feature',
  38: 'Physical Layer 16.0 GT/s',
  39: 'Lane Margining at the Receiver',
  40: 'Hierarchy ID',
  41: 'Native PCIe Enclosure Management',
  42: 'Physical Layer 32.0 GT/s',
  43: 'Alternate Protocol',
  44: 'System Firmware Intermediary',
  45: 'Shadow Functions',
  46: 'Data Object Exchange',
  47: 'Device 3',
  48: 'Integrity & Data Encryption',
  49: 'Physical Layer 64.0 GT/s',
  50: 'Flit Logging',
  51: 'Flit Performance Measurement',
  52: 'Flit Error Injection',
};

// Sizes in bytes that the ID alone fixes (PCI spec register maps; Linux pci_regs.h *_SIZEOF).
// Capabilities whose length depends on the function type, lane count or an entry count are left
// out on purpose: their extent falls back to QEMU's "up to the next header" rule.
const STANDARD_SIZES: Readonly<Record<number, number>> = {
  1: 8, // PM: PMC, PMCSR, bridge ext, data
  3: 8, // VPD: address + data
  4: 4, // Slot ID
  10: 4, // Debug port
  13: 8, // SSVID
  17: 12, // MSI-X: control, table, PBA
  19: 6, // Advanced Features
};

const EXTENDED_SIZES: Readonly<Record<number, number>> = {
  3: 12, // DSN: header + 64-bit serial
  4: 16, // Power Budgeting
  14: 8, // ARI
  15: 8, // ATS
  16: 64, // SR-IOV
  18: 48, // Multicast
  19: 16, // PRI
  24: 8, // LTR
  27: 8, // PASID
  30: 16, // L1 PM Substates
  31: 12, // PTM
  33: 16, // FRS Queueing
  34: 12, // Readiness Time Reporting
  37: 12, // Data Link Feature
  46: 24, // DOE mailbox registers
};

export function standardCapabilityName(capId: number): string {
  return STANDARD_NAMES[capId] ?? `#${hex2(capId)}`;
}

export function extendedCapabilityName(capId: number): string {
  return EXTENDED_NAMES[capId] ?? `Extended Capability ID ${hexPrefixed(capId)}`;
}

export function capabilityName(capId: number, extended: boolean): string {
  return extended ? extendedCapabilityName(capId) : standardCapabilityName(capId);
}

/** Size fixed by the ID alone, or null when the body's length varies. */
export function fixedCapabilitySize(capId: number, extended: boolean): number | null {
  return (extended ? EXTENDED_SIZES[capId] : STANDARD_SIZES[capId]) ?? null;
}

// Older lspci releases print some IDs under another wording (`#19` before Secondary PCI Express
// was named, `VirtIO: ...` for virtio's vendor-specific capabilities).
const STANDARD_ALIASES: ReadonlyArray<readonly [string, number]> = [['VirtIO', 0x09]];

/**
 * IDs that a name as lspci prints it (`Power Management version 3`, `MSI-X: Enable+ ...`, `#19`)
 * can stand for. Several when lspci gives two IDs one name (Virtual Channel is 0x02 and 0x09).
 */
export function capabilityIdsForLspciName(text: string, extended: boolean): number[] {
  const trimmed = text.trim();
  const unknown =
    /^#([0-9a-f]{2,4})\b/i.exec(trimmed) ?? /^Extended Capability ID 0x([0-9a-f]+)/i.exec(trimmed);
  if (unknown) return [Number.parseInt(unknown[1]!, 16)];
  const table = extended ? EXTENDED_NAMES : STANDARD_NAMES;
  const entries: Array<readonly [string, number]> = Object.entries(table).map(([id, name]) => [
    name,
    Number(id),
  ]);
  if (!extended) entries.push(...STANDARD_ALIASES);
  const ids = entries.filter(([name]) => startsWithWord(trimmed, name)).map(([, id]) => id);
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** `text` begins with `word` followed by the end or a separator, so 'MSI' does not match 'MSI-X'. */
function startsWithWord(text: string, word: string): boolean {
  if (!text.startsWith(word)) return false;
  const next = text.charAt(word.length);
  return next === '' || next === ' ' || next === ':' || next === ',';
}

function hex2(value: number): string {
  return value.toString(16).padStart(2, '0');
}

function hexPrefixed(value: number): string {
  return `0x${hex2(value)}`;
}
