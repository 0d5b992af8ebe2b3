// Free windows of extended config space: what no capability, quirk or live register occupies.
import { EXT_CAP_START } from './capabilities.ts';
import type { ConfigSpace } from './config-space.ts';
import { dwordsCoveredByCapabilities } from './hidden-registers.ts';
import type { DeviceQuirk } from './quirks.ts';
import { type ConfigSpaceRange, mergeRanges, rangesOverlap } from './ranges.ts';

/**
 * Dword-aligned windows of 0x100-0xfff outside every extended capability's extent (spec size,
 * VSEC/DVSEC length, else up to the next higher header as QEMU assumes), outside every quirk
 * range, and zero in the snapshot (a non-zero dword no capability claims is a hidden register).
 * Sorted ascending and merged; empty for a 256-byte config space.
 */
export function configSpaceGaps(cfg: ConfigSpace, quirks: readonly DeviceQuirk[]): ConfigSpaceRange[] {
  if (!cfg.isExtended) return [];
  const hidden = quirks.flatMap((quirk) => quirk.hiddenRegisters);
  const covered = dwordsCoveredByCapabilities(cfg);
  const free: ConfigSpaceRange[] = [];
  covered.forEach((isCovered, i) => {
    const dword = { offset: EXT_CAP_START + i * 4, length: 4 };
    if (isCovered || cfg.read32(dword.offset) !== 0) return;
    if (hidden.some((range) => rangesOverlap(range, dword))) return;
    free.push(dword);
  });
  return mergeRanges(free);
}
