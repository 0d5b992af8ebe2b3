// Linking a new extended capability into a chain the way QEMU's pcie_insert_capability does:
// walk the chain in its own order and insert before the first capability whose offset is higher,
// so a chain that was ascending stays ascending and a non-ascending one keeps its shape.
import { EXT_CAP_START, extCapHeader, walkExtendedCapabilities } from './capabilities.ts';
import type { ConfigSpace } from './config-space.ts';

/** Capabilities a VMM synthesizes are version 1, as QEMU writes them. */
export const INSERTED_CAP_VERSION = 1;

/**
 * Writes a header for `capId` at `offset` (body zeroed to `size` bytes) and links it in. The caller
 * has validated the offset; with no extended capabilities it must be 0x100.
 */
export function insertExtendedCapability(
  cfg: ConfigSpace,
  capId: number,
  offset: number,
  size: number,
): void {
  const chain = walkExtendedCapabilities(cfg);
  let previous: (typeof chain)[number] | undefined;
  for (const cap of chain) {
    if (cap.offset > offset) break;
    previous = cap;
  }
  cfg.writableBytes().fill(0, offset, offset + size);
  if (!previous || chain.length === 0) {
    if (offset !== EXT_CAP_START) throw new RangeError('an empty chain can only start at 0x100');
    cfg.write32(offset, extCapHeader(capId, INSERTED_CAP_VERSION, 0));
    return;
  }
  cfg.write32(offset, extCapHeader(capId, INSERTED_CAP_VERSION, previous.next));
  const previousHeader = cfg.read32(previous.offset);
  cfg.write32(previous.offset, ((previousHeader & 0x000fffff) | ((offset & 0xffc) << 20)) >>> 0);
}
