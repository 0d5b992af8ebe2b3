// Capability chain walks over a config space snapshot. Real hardware has loops, backward
// pointers and garbage headers (pciutils fixtures broken-ecaps, cap-exp-lnkcap2), so every walk
// is bounded by a visited set and a TTL and never trusts a pointer it has not range-checked.
import { capabilityName, fixedCapabilitySize, PCI_CAP_ID, PCI_EXT_CAP_ID } from './cap-names.ts';
import type { ConfigSpace } from './config-space.ts';

export interface PciCapabilityInfo {
  capId: number;
  extended: boolean;
  offset: number;
  /** Extended capabilities only. */
  version: number | null;
  /** Bytes where the ID fixes it or the header states it (VSEC/DVSEC length), else null. */
  size: number | null;
  /** As lspci prints it, e.g. 'Process Address Space ID (PASID)'. */
  name: string;
  next: number;
}

export const PCI_STATUS_CAP_LIST = 0x10;
export const PCI_CAPABILITY_LIST = 0x34;
/** CardBus bridges (header type 2) keep their list head at 0x14 instead. */
export const PCI_CB_CAPABILITY_LIST = 0x14;
const PCI_HEADER_TYPE_CARDBUS = 2;
/** First byte after the standard header; lower standard pointers are invalid. */
const STD_CAP_MIN = 0x40;
const STD_CAP_MAX = 0xfc;
/** Linux's bound on standard capability walks (PCI_FIND_CAP_TTL). */
const STD_CAP_TTL = 48;

export const EXT_CAP_START = 0x100;
export const EXT_CAP_END = 0x1000;
/** Every extended capability is at least 8 bytes, so no chain can be longer than this. */
const EXT_CAP_TTL = (EXT_CAP_END - EXT_CAP_START) / 8;

export function extCapId(header: number): number {
  return header & 0xffff;
}

export function extCapVersion(header: number): number {
  return (header >>> 16) & 0xf;
}

export function extCapNext(header: number): number {
  return (header >>> 20) & 0xffc;
}

/** PCI_EXT_CAP(id, version, next): the dword an extended capability starts with. */
export function extCapHeader(capId: number, version: number, next: number): number {
  return ((capId & 0xffff) | ((version & 0xf) << 16) | ((next & 0xffc) << 20)) >>> 0;
}

export function walkStandardCapabilities(cfg: ConfigSpace): PciCapabilityInfo[] {
  if ((cfg.status & PCI_STATUS_CAP_LIST) === 0) return [];
  const caps: PciCapabilityInfo[] = [];
  const visited = new Set<number>();
  const head = cfg.headerType === PCI_HEADER_TYPE_CARDBUS ? PCI_CB_CAPABILITY_LIST : PCI_CAPABILITY_LIST;
  let pos = cfg.read8(head) & ~3;
  for (let ttl = STD_CAP_TTL; ttl > 0; ttl--) {
    if (pos < STD_CAP_MIN || pos > STD_CAP_MAX || visited.has(pos)) break;
    visited.add(pos);
    const capId = cfg.read8(pos);
    // 0xff is what an absent or broken function reads as; Linux and lspci stop there too.
    if (capId === 0xff) break;
    const next = cfg.read8(pos + 1) & ~3;
    caps.push({
      capId,
      extended: false,
      offset: pos,
      version: null,
      size: standardCapabilitySize(cfg, capId, pos),
      name: capabilityName(capId, false),
      next,
    });
    pos = next;
  }
  return caps;
}

export function walkExtendedCapabilities(cfg: ConfigSpace): PciCapabilityInfo[] {
  if (!cfg.isExtended) return [];
  const caps: PciCapabilityInfo[] = [];
  const visited = new Set<number>();
  let pos = EXT_CAP_START;
  for (let ttl = EXT_CAP_TTL; ttl > 0; ttl--) {
    // next < 0x100 (other than 0, which ends the chain) would point into standard space.
    if (pos < EXT_CAP_START || pos + 4 > EXT_CAP_END || visited.has(pos)) break;
    visited.add(pos);
    const header = cfg.read32(pos);
    if (header === 0 || header === 0xffffffff) break;
    const capId = extCapId(header);
    const next = extCapNext(header);
    caps.push({
      capId,
      extended: true,
      offset: pos,
      version: extCapVersion(header),
      size: extendedCapabilitySize(cfg, capId, pos),
      name: capabilityName(capId, true),
      next,
    });
    if (next === 0) break;
    pos = next;
  }
  return caps;
}

/** Standard capabilities, then extended ones, each in chain order. */
export function listCapabilities(cfg: ConfigSpace): PciCapabilityInfo[] {
  return [...walkStandardCapabilities(cfg), ...walkExtendedCapabilities(cfg)];
}

export function findCapability(
  cfg: ConfigSpace,
  capId: number,
  extended: boolean,
): PciCapabilityInfo | undefined {
  const caps = extended ? walkExtendedCapabilities(cfg) : walkStandardCapabilities(cfg);
  return caps.find((cap) => cap.capId === capId);
}

function standardCapabilitySize(cfg: ConfigSpace, capId: number, pos: number): number | null {
  const fixed = fixedCapabilitySize(capId, false);
  if (fixed !== null) return fixed;
  switch (capId) {
    case PCI_CAP_ID.VNDR:
      // Vendor-specific capabilities carry their own length at +2.
      return readIfInside(cfg, pos + 2, 1);
    case PCI_CAP_ID.MSI: {
      const control = readIfInside(cfg, pos + 2, 2);
      if (control === null) return null;
      const is64 = (control & 0x0080) !== 0;
      const maskable = (control & 0x0100) !== 0;
      return (is64 ? 14 : 10) + (maskable ? 10 : 0);
    }
    case PCI_CAP_ID.EXP: {
      // Version 2 defines every register up to Slot Status 2 whatever the port type.
      const flags = readIfInside(cfg, pos + 2, 2);
      return flags !== null && (flags & 0xf) >= 2 ? 0x3c : null;
    }
    default:
      return null;
  }
}

function extendedCapabilitySize(cfg: ConfigSpace, capId: number, pos: number): number | null {
  const fixed = fixedCapabilitySize(capId, true);
  if (fixed !== null) return fixed;
  switch (capId) {
    case PCI_EXT_CAP_ID.VNDR:
    case PCI_EXT_CAP_ID.DVSEC: {
      // VSEC/DVSEC length: bits 31:20 of the dword after the header.
      const word = readIfInside(cfg, pos + 4, 4);
      return word === null ? null : word >>> 20;
    }
    case PCI_EXT_CAP_ID.REBAR:
    case PCI_EXT_CAP_ID.VF_REBAR: {
      // Number of resizable BARs (bits 7:5 of the first control register), 8 bytes each.
      const control = readIfInside(cfg, pos + 8, 4);
      if (control === null) return null;
      const bars = (control >>> 5) & 0x7;
      return bars >= 1 && bars <= 6 ? 4 + 8 * bars : null;
    }
    default:
      return null;
  }
}

function readIfInside(cfg: ConfigSpace, offset: number, width: 1 | 2 | 4): number | null {
  if (!cfg.contains(offset, width)) return null;
  if (width === 1) return cfg.read8(offset);
  return width === 2 ? cfg.read16(offset) : cfg.read32(offset);
}
