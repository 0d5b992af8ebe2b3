// Registers a device keeps outside its extended capability chain. vfio-pci passes such space
// through raw (some NICs keep device-specific registers in un-architected config space), so a
// non-zero dword that no capability claims must be treated as in use, not as free.
import { EXT_CAP_END, EXT_CAP_START } from './capabilities.ts';
import type { ConfigSpace } from './config-space.ts';
import { extendedCapabilityExtents } from './extents.ts';
import { type ConfigSpaceRange, mergeRanges } from './ranges.ts';

/** Dwords of 0x100-0xfff that belong to some capability's extent. */
export function dwordsCoveredByCapabilities(cfg: ConfigSpace): boolean[] {
  const covered = new Array<boolean>((EXT_CAP_END - EXT_CAP_START) / 4).fill(false);
  for (const extent of extendedCapabilityExtents(cfg)) {
    const first = Math.floor((extent.offset - EXT_CAP_START) / 4);
    const last = Math.ceil((extent.offset + extent.length - EXT_CAP_START) / 4);
    for (let i = Math.max(0, first); i < Math.min(covered.length, last); i++) covered[i] = true;
  }
  return covered;
}

/** Non-zero dwords in extended config space that no capability's extent covers, merged. */
export function registersOutsideChain(cfg: ConfigSpace): ConfigSpaceRange[] {
  if (!cfg.isExtended) return [];
  const covered = dwordsCoveredByCapabilities(cfg);
  const stray: ConfigSpaceRange[] = [];
  covered.forEach((isCovered, i) => {
    const offset = EXT_CAP_START + i * 4;
    if (!isCovered && cfg.read32(offset) !== 0) stray.push({ offset, length: 4 });
  });
  return mergeRanges(stray);
}
