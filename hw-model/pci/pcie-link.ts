// The PCIe link of a function, from its PCI Express capability's Link Capabilities (+0x0c) and
// Link Status (+0x12) registers, with speeds spelled as lspci spells them.
import { PCI_CAP_ID } from './cap-names.ts';
import { findCapability } from './capabilities.ts';
import type { ConfigSpace } from './config-space.ts';

export interface PcieLink {
  maxSpeed: string;
  maxWidth: number;
  /** Null when the capability is cut short before Link Status. */
  speed: string | null;
  width: number | null;
}

const PCI_EXP_FLAGS = 0x02;
const PCI_EXP_LNKCAP = 0x0c;
const PCI_EXP_LNKSTA = 0x12;
/** Root complex integrated endpoints and event collectors have no link (PCIe 7.5.3: registers reserved). */
const NO_LINK_TYPES = new Set([0x9, 0xa]);

/** Supported Link Speeds encodings 1..6 (PCIe 7.5.3.6); anything else is "unknown", as lspci prints it. */
const SPEEDS = ['unknown', '2.5GT/s', '5GT/s', '8GT/s', '16GT/s', '32GT/s', '64GT/s'];

export function linkSpeedName(encoding: number): string {
  return SPEEDS[encoding] ?? 'unknown';
}

export function decodePcieLink(cfg: ConfigSpace): PcieLink | null {
  const cap = findCapability(cfg, PCI_CAP_ID.EXP, false);
  if (!cap || !cfg.contains(cap.offset + PCI_EXP_LNKCAP, 4)) return null;
  const type = (cfg.read16(cap.offset + PCI_EXP_FLAGS) >> 4) & 0xf;
  if (NO_LINK_TYPES.has(type)) return null;
  const lnkcap = cfg.read32(cap.offset + PCI_EXP_LNKCAP);
  const hasStatus = cfg.contains(cap.offset + PCI_EXP_LNKSTA, 2);
  const lnksta = hasStatus ? cfg.read16(cap.offset + PCI_EXP_LNKSTA) : 0;
  return {
    maxSpeed: linkSpeedName(lnkcap & 0xf),
    maxWidth: (lnkcap >> 4) & 0x3f,
    speed: hasStatus ? linkSpeedName(lnksta & 0xf) : null,
    width: hasStatus ? (lnksta >> 4) & 0x3f : null,
  };
}
