// Register decoders for the extended capabilities the IOMMU side cares about: PASID, ATS, PRI
// and SR-IOV. Field layouts are the PCIe spec's (Linux pci_regs.h names in comments).

import { PCI_EXT_CAP_ID } from './cap-names.ts';
import { findCapability } from './capabilities.ts';
import type { ConfigSpace } from './config-space.ts';

export interface PasidRegs {
  offset: number;
  /** Max PASID Width: log2 of the number of PASIDs (at most 20). */
  maxPasidWidth: number;
  executePermission: boolean;
  privilegedMode: boolean;
  enabled: boolean;
  executeEnabled: boolean;
  privilegedEnabled: boolean;
}

export interface AtsRegs {
  offset: number;
  /** 0 means 32 (PCI_ATS_MAX_QDEP). */
  invalidateQueueDepth: number;
  pageAlignedRequest: boolean;
  enabled: boolean;
  /** STU: smallest translation unit is 4 KiB << this. */
  smallestTranslationUnit: number;
}

export interface PriRegs {
  offset: number;
  enabled: boolean;
  stopped: boolean;
  /** PRG Response PASID Required. */
  pasidRequired: boolean;
  outstandingCapacity: number;
  outstandingAllocation: number;
}

/** ACS capability and control flags, PCI_ACS_* bit order (PCIe 7.7.8.2). */
export const ACS_FLAGS = [
  'SOURCE_VALIDATION',
  'TRANSLATION_BLOCKING',
  'P2P_REQUEST_REDIRECT',
  'P2P_COMPLETION_REDIRECT',
  'UPSTREAM_FORWARDING',
  'P2P_EGRESS_CONTROL',
  'DIRECT_TRANSLATED_P2P',
] as const;
export type AcsFlag = (typeof ACS_FLAGS)[number];

export interface AcsRegs {
  offset: number;
  capabilities: AcsFlag[];
  enabled: AcsFlag[];
}

export interface SriovRegs {
  offset: number;
  totalVfs: number;
  initialVfs: number;
  numVfs: number;
  vfEnabled: boolean;
  firstVfOffset: number;
  vfStride: number;
  vfDeviceId: number;
}

const PASID_CAP = 0x04; // PCI_PASID_CAP
const PASID_CTRL = 0x06; // PCI_PASID_CTRL
const PASID_CAP_EXEC = 0x0002;
const PASID_CAP_PRIV = 0x0004;
const PASID_CTRL_ENABLE = 0x0001;
const PASID_CTRL_EXEC = 0x0002;
const PASID_CTRL_PRIV = 0x0004;

const ATS_CAP = 0x04; // PCI_ATS_CAP
const ATS_CTRL = 0x06; // PCI_ATS_CTRL
const ATS_CAP_PAGE_ALIGNED = 0x0020;
const ATS_CTRL_ENABLE = 0x8000;

const PRI_CTRL = 0x04; // PCI_PRI_CTRL
const PRI_STATUS = 0x06; // PCI_PRI_STATUS
const PRI_MAX_REQ = 0x08; // PCI_PRI_MAX_REQ
const PRI_ALLOC_REQ = 0x0c; // PCI_PRI_ALLOC_REQ
const PRI_CTRL_ENABLE = 0x0001;
const PRI_STATUS_STOPPED = 0x0100;
const PRI_STATUS_PASID = 0x8000;

const SRIOV_CTRL = 0x08; // PCI_SRIOV_CTRL
const SRIOV_INITIAL_VF = 0x0c;
const SRIOV_TOTAL_VF = 0x0e;
const SRIOV_NUM_VF = 0x10;
const SRIOV_VF_OFFSET = 0x14;
const SRIOV_VF_STRIDE = 0x16;
const SRIOV_VF_DID = 0x1a;
const SRIOV_CTRL_VFE = 0x0001;

export function decodePasid(cfg: ConfigSpace): PasidRegs | null {
  const offset = capabilityBody(cfg, PCI_EXT_CAP_ID.PASID, 8);
  if (offset === null) return null;
  const cap = cfg.read16(offset + PASID_CAP);
  const ctrl = cfg.read16(offset + PASID_CTRL);
  return {
    offset,
    maxPasidWidth: (cap >>> 8) & 0x1f,
    executePermission: (cap & PASID_CAP_EXEC) !== 0,
    privilegedMode: (cap & PASID_CAP_PRIV) !== 0,
    enabled: (ctrl & PASID_CTRL_ENABLE) !== 0,
    executeEnabled: (ctrl & PASID_CTRL_EXEC) !== 0,
    privilegedEnabled: (ctrl & PASID_CTRL_PRIV) !== 0,
  };
}

export function decodeAts(cfg: ConfigSpace): AtsRegs | null {
  const offset = capabilityBody(cfg, PCI_EXT_CAP_ID.ATS, 8);
  if (offset === null) return null;
  const cap = cfg.read16(offset + ATS_CAP);
  const ctrl = cfg.read16(offset + ATS_CTRL);
  return {
    offset,
    invalidateQueueDepth: cap & 0x1f,
    pageAlignedRequest: (cap & ATS_CAP_PAGE_ALIGNED) !== 0,
    enabled: (ctrl & ATS_CTRL_ENABLE) !== 0,
    smallestTranslationUnit: ctrl & 0x1f,
  };
}

export function decodePri(cfg: ConfigSpace): PriRegs | null {
  const offset = capabilityBody(cfg, PCI_EXT_CAP_ID.PRI, 16);
  if (offset === null) return null;
  const ctrl = cfg.read16(offset + PRI_CTRL);
  const status = cfg.read16(offset + PRI_STATUS);
  return {
    offset,
    enabled: (ctrl & PRI_CTRL_ENABLE) !== 0,
    stopped: (status & PRI_STATUS_STOPPED) !== 0,
    pasidRequired: (status & PRI_STATUS_PASID) !== 0,
    outstandingCapacity: cfg.read32(offset + PRI_MAX_REQ),
    outstandingAllocation: cfg.read32(offset + PRI_ALLOC_REQ),
  };
}

export function decodeSriov(cfg: ConfigSpace): SriovRegs | null {
  const offset = capabilityBody(cfg, PCI_EXT_CAP_ID.SRIOV, 0x40);
  if (offset === null) return null;
  return {
    offset,
    totalVfs: cfg.read16(offset + SRIOV_TOTAL_VF),
    initialVfs: cfg.read16(offset + SRIOV_INITIAL_VF),
    numVfs: cfg.read16(offset + SRIOV_NUM_VF),
    vfEnabled: (cfg.read16(offset + SRIOV_CTRL) & SRIOV_CTRL_VFE) !== 0,
    firstVfOffset: cfg.read16(offset + SRIOV_VF_OFFSET),
    vfStride: cfg.read16(offset + SRIOV_VF_STRIDE),
    vfDeviceId: cfg.read16(offset + SRIOV_VF_DID),
  };
}

const ACS_CAP = 0x04; // PCI_ACS_CAP
const ACS_CTRL = 0x06; // PCI_ACS_CTRL

function acsFlags(word: number): AcsFlag[] {
  return ACS_FLAGS.filter((_, bit) => (word >> bit) & 1);
}

export function decodeAcs(cfg: ConfigSpace): AcsRegs | null {
  const offset = capabilityBody(cfg, PCI_EXT_CAP_ID.ACS, 8);
  if (offset === null) return null;
  return {
    offset,
    capabilities: acsFlags(cfg.read16(offset + ACS_CAP)),
    enabled: acsFlags(cfg.read16(offset + ACS_CTRL)),
  };
}

/** Offset of the first extended capability with this ID whose body fits in config space. */
function capabilityBody(cfg: ConfigSpace, capId: number, size: number): number | null {
  const cap = findCapability(cfg, capId, true);
  return cap && cfg.contains(cap.offset, size) ? cap.offset : null;
}
