// How far each extended capability reaches. A size the ID fixes or the header states is trusted;
// otherwise QEMU's vfio_ext_cap_max_size rule applies: a capability owns everything up to the next
// higher header (or the end of config space), which is conservative but never too short.
import { EXT_CAP_END, type PciCapabilityInfo, walkExtendedCapabilities } from './capabilities.ts';
import type { ConfigSpace } from './config-space.ts';

/** A header is a dword; no capability can be shorter. */
export const EXT_CAP_HEADER_SIZE = 4;

export interface CapabilityExtent {
  cap: PciCapabilityInfo;
  offset: number;
  length: number;
  /** True when the length comes from the spec or the header, false when it is QEMU's guess. */
  known: boolean;
}

export function extendedCapabilityExtents(cfg: ConfigSpace): CapabilityExtent[] {
  const caps = walkExtendedCapabilities(cfg);
  const starts = caps.map((cap) => cap.offset);
  return caps.map((cap) => {
    const room = EXT_CAP_END - cap.offset;
    if (cap.size !== null && cap.size >= EXT_CAP_HEADER_SIZE) {
      return { cap, offset: cap.offset, length: Math.min(cap.size, room), known: true };
    }
    const nextHigher = Math.min(EXT_CAP_END, ...starts.filter((start) => start > cap.offset));
    return { cap, offset: cap.offset, length: nextHigher - cap.offset, known: false };
  });
}
